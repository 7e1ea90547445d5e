/** A job's end: its value, or cancelled when the person pressed Cancel (whatever the rejection said). */
export type JobOutcome<T> = { cancelled: false; value: T } | { cancelled: true };

/** One kind of long backend job the window runs and may cancel (an export, a scan). */
export type CancellableJob = {
  /** Runs the job; a rejection after cancel() resolves {cancelled: true}, other rejections pass through. */
  run: <T>(job: () => Promise<T>) => Promise<JobOutcome<T>>;
  /** Marks the running job cancelled and asks the backend to stop it. */
  cancel: () => Promise<void>;
};

/**
 * A job kind whose Cancel calls stop(). Its state lives as long as the
 * returned value — module state where it is created at module level, on
 * purpose: the job outlives the component that started it (the person may
 * navigate away).
 */
export function cancellableJob(stop: () => Promise<void>): CancellableJob {
  let cancelRequested = false;
  return {
    async run<T>(job: () => Promise<T>): Promise<JobOutcome<T>> {
      cancelRequested = false;
      try {
        return { cancelled: false, value: await job() };
      } catch (error) {
        if (cancelRequested) return { cancelled: true };
        throw error;
      } finally {
        cancelRequested = false;
      }
    },
    cancel() {
      cancelRequested = true;
      return stop();
    },
  };
}

/** Job kinds by name (the backend's job names), each cancelled on its own. */
export type CancellableJobs<K extends string> = {
  run: <T>(name: K, job: () => Promise<T>) => Promise<JobOutcome<T>>;
  cancel: (name: K) => Promise<void>;
};

/** Named job kinds whose Cancel calls stop(name); see cancellableJob. */
export function cancellableJobs<K extends string>(stop: (name: K) => Promise<void>): CancellableJobs<K> {
  const jobs = new Map<K, CancellableJob>();
  const of = (name: K) => {
    let job = jobs.get(name);
    if (!job) {
      job = cancellableJob(() => stop(name));
      jobs.set(name, job);
    }
    return job;
  };
  return { run: (name, job) => of(name).run(job), cancel: (name) => of(name).cancel() };
}
