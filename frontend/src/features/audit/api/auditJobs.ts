import { Cancel } from '../../../../wailsjs/go/service/AuditService';
import { call } from '@/lib/call';

/** The cancellable audit jobs (the backend's job names). */
export type AuditJob = 'audit.verify' | 'audit.export' | 'audit.archive';

/** A job's end: its value, or cancelled when the person pressed Cancel (whatever the rejection said). */
export type JobOutcome<T> = { cancelled: false; value: T } | { cancelled: true };

// Jobs whose Cancel was pressed during the current run. Module state on purpose:
// a job outlives the component that started it (the person may navigate away).
const cancelRequested = new Set<AuditJob>();

/**
 * Runs one job. A rejection after cancelJob(job) resolves {cancelled: true}:
 * the backend's wording for a cancelled job is not part of the contract.
 * Any other rejection passes through as the AppError from call().
 */
export async function runAuditJob<T>(job: AuditJob, run: () => Promise<T>): Promise<JobOutcome<T>> {
  cancelRequested.delete(job);
  try {
    // Finished before the Cancel took effect: the work is done, so report it.
    return { cancelled: false, value: await run() };
  } catch (error) {
    if (cancelRequested.has(job)) return { cancelled: true };
    throw error;
  } finally {
    cancelRequested.delete(job);
  }
}

/** Asks the backend to stop the caller's running job; rejects with an AppError when it cannot. */
export function cancelAuditJob(job: AuditJob): Promise<void> {
  cancelRequested.add(job);
  return call(() => Cancel(job));
}
