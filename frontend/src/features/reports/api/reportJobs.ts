import { cancellableJob } from '@/lib/cancellableJob';
import { cancelReportExport } from './reportsApi';

export type { JobOutcome } from '@/lib/cancellableJob';

// Module state on purpose: the export outlives the component that started it
// (the person may navigate away).
const exportJob = cancellableJob(cancelReportExport);

/** Runs the export; a rejection after cancelExport() resolves {cancelled: true}. Other rejections pass through. */
export const runExportJob = exportJob.run;

/** Asks the backend to stop the running report export. */
export const cancelExport = exportJob.cancel;
