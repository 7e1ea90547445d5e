import { Cancel } from '../../../../wailsjs/go/service/AuditService';
import { call } from '@/lib/call';
import { cancellableJobs } from '@/lib/cancellableJob';

export type { JobOutcome } from '@/lib/cancellableJob';

/** The cancellable audit jobs (the backend's job names). */
export type AuditJob = 'audit.verify' | 'audit.export' | 'audit.archive';

// Module state on purpose: a job outlives the component that started it
// (the person may navigate away).
const jobs = cancellableJobs<AuditJob>((job) => call(() => Cancel(job)));

/**
 * Runs one job. A rejection after cancelAuditJob(job) resolves
 * {cancelled: true}: the backend's wording for a cancelled job is not part
 * of the contract. Any other rejection passes through as the AppError from
 * call(); a job that finished before the Cancel took effect reports its value.
 */
export const runAuditJob = jobs.run;

/** Asks the backend to stop the caller's running job; rejects with an AppError when it cannot. */
export const cancelAuditJob = jobs.cancel;
