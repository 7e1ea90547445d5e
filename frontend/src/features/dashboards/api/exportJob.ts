import { cancelDashboardExport } from './dashboardsApi';

/** A job's end: its value, or cancelled when the person pressed Cancel (whatever the rejection said). */
export type JobOutcome<T> = { cancelled: false; value: T } | { cancelled: true };

// Module state on purpose: the export outlives the component that started it.
let cancelRequested = false;

/** Runs the export; a rejection after requestExportCancel() resolves {cancelled: true}. */
export async function runExportJob<T>(run: () => Promise<T>): Promise<JobOutcome<T>> {
  cancelRequested = false;
  try {
    return { cancelled: false, value: await run() };
  } catch (error) {
    if (cancelRequested) return { cancelled: true };
    throw error;
  } finally {
    cancelRequested = false;
  }
}

/** Asks the backend to stop the running dashboard export. */
export function requestExportCancel(): Promise<void> {
  cancelRequested = true;
  return cancelDashboardExport();
}
