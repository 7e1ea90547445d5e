import { cancellableJob } from '@/lib/cancellableJob';
import { cancelScan } from './duplicatesApi';

export type { JobOutcome } from '@/lib/cancellableJob';

// Module state on purpose: the scan outlives the component that started it
// (the person may navigate away).
const scanJob = cancellableJob(cancelScan);

/** Runs the scan; a rejection after requestCancel() resolves {cancelled: true}. Other rejections pass through. */
export const runScanJob = scanJob.run;

/** Asks the backend to stop the running scan. */
export const requestCancel = scanJob.cancel;
