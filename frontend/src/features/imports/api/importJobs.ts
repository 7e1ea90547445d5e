import { cancellableJobs } from '@/lib/cancellableJob';
import { cancelImportJob } from './importsApi';

export type { JobOutcome } from '@/lib/cancellableJob';

// Module state on purpose: a run outlives the component that started it
// (the person may navigate away).
const jobs = cancellableJobs<string>(cancelImportJob);

/** Runs a job; a rejection after cancelJob(job) resolves {cancelled: true}. Other rejections pass through. */
export const runJob = jobs.run;

/** Asks the backend to stop `job`. */
export const cancelJob = jobs.cancel;
