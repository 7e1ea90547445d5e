import { cancellableJob } from '@/lib/cancellableJob';
import { cancelDashboardExport } from './dashboardsApi';

export type { JobOutcome } from '@/lib/cancellableJob';

// Module state on purpose: the export outlives the component that started it.
const exportJob = cancellableJob(cancelDashboardExport);

/** Runs the export; a rejection after requestExportCancel() resolves {cancelled: true}. */
export const runExportJob = exportJob.run;

/** Asks the backend to stop the running dashboard export. */
export const requestExportCancel = exportJob.cancel;
