import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Cancel } from '../../../../wailsjs/go/service/AuditService';
import { cancelAuditJob, runAuditJob } from './auditJobs';

vi.mock('../../../../wailsjs/go/service/AuditService', () => ({ Cancel: vi.fn() }));

/** A job the test settles by hand. */
function pending<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('runAuditJob', () => {
  beforeEach(() => {
    vi.mocked(Cancel).mockReset();
    vi.mocked(Cancel).mockResolvedValue(undefined);
  });

  it('returns the value of a finished job', async () => {
    await expect(runAuditJob('audit.verify', async () => 7)).resolves.toEqual({ cancelled: false, value: 7 });
  });

  it('passes other failures through', async () => {
    await expect(runAuditJob('audit.verify', () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
  });

  it('treats any rejection after Cancel as cancelled', async () => {
    const job = pending<number>();
    const run = runAuditJob('audit.export', () => job.promise);
    await cancelAuditJob('audit.export');
    expect(Cancel).toHaveBeenCalledWith('audit.export');
    job.reject({ code: 'whatever', message: 'context canceled' });
    await expect(run).resolves.toEqual({ cancelled: true });
  });

  it('a Cancel does not leak into the next run', async () => {
    const first = pending<number>();
    const run = runAuditJob('audit.verify', () => first.promise);
    await cancelAuditJob('audit.verify');
    first.reject(new Error('cancelled'));
    await run;
    await expect(runAuditJob('audit.verify', () => Promise.reject(new Error('broken disk')))).rejects.toThrow('broken disk');
  });

  it('reports a job that finished before the Cancel took effect', async () => {
    const job = pending<number>();
    const run = runAuditJob('audit.verify', () => job.promise);
    await cancelAuditJob('audit.verify');
    job.resolve(3);
    await expect(run).resolves.toEqual({ cancelled: false, value: 3 });
  });
});
