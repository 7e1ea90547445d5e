import { describe, expect, it, vi } from 'vitest';
import { cancellableJob, cancellableJobs } from './cancellableJob';

/** A job that settles when told to. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('cancellableJob', () => {
  it('gives the value of a job that finishes', async () => {
    const job = cancellableJob(vi.fn(async () => {}));
    await expect(job.run(async () => 42)).resolves.toEqual({ cancelled: false, value: 42 });
  });

  it('turns the rejection of a cancelled job into {cancelled: true} and asks the backend to stop', async () => {
    const stop = vi.fn(async () => {});
    const job = cancellableJob(stop);
    const d = deferred<number>();
    const outcome = job.run(() => d.promise);
    await job.cancel();
    d.reject(new Error('conflict: cancelled'));
    await expect(outcome).resolves.toEqual({ cancelled: true });
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('passes other rejections through, and a Cancel does not outlive its run', async () => {
    const job = cancellableJob(async () => {});
    await expect(job.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const first = deferred<number>();
    const run1 = job.run(() => first.promise);
    await job.cancel();
    first.resolve(1); // finished before the Cancel took effect: the work is done
    await expect(run1).resolves.toEqual({ cancelled: false, value: 1 });
    await expect(job.run(() => Promise.reject(new Error('later')))).rejects.toThrow('later');
  });
});

describe('cancellableJobs', () => {
  it('cancels only the named job', async () => {
    const stop = vi.fn(async (_name: 'a' | 'b') => {});
    const jobs = cancellableJobs(stop);
    const a = deferred<string>();
    const b = deferred<string>();
    const runA = jobs.run('a', () => a.promise);
    const runB = jobs.run('b', () => b.promise);
    await jobs.cancel('a');
    a.reject(new Error('cancelled'));
    b.reject(new Error('failed'));
    await expect(runA).resolves.toEqual({ cancelled: true });
    await expect(runB).rejects.toThrow('failed');
    expect(stop).toHaveBeenCalledWith('a');
    expect(stop).not.toHaveBeenCalledWith('b');
  });
});
