import { cancelImportJob } from './importsApi';

/** A job's end: its value, or cancelled when the person pressed Cancel (whatever the rejection said). */
export type JobOutcome<T> = { cancelled: false; value: T } | { cancelled: true };

// Jobs whose Cancel was pressed during the current run. Module state on purpose:
// a run outlives the component that started it (the person may navigate away).
const cancelRequested = new Set<string>();

/** Runs a job; a rejection after cancelJob(job) resolves {cancelled: true}. Other rejections pass through. */
export async function runJob<T>(job: string, run: () => Promise<T>): Promise<JobOutcome<T>> {
  cancelRequested.delete(job);
  try {
    return { cancelled: false, value: await run() };
  } catch (error) {
    if (cancelRequested.has(job)) return { cancelled: true };
    throw error;
  } finally {
    cancelRequested.delete(job);
  }
}

/** Asks the backend to stop `job`. */
export function cancelJob(job: string): Promise<void> {
  cancelRequested.add(job);
  return cancelImportJob(job);
}
