import { cancelReportExport } from './reportsApi';

/** A job's end: its value, or cancelled when the person pressed Cancel (whatever the rejection said). */
export type JobOutcome<T> = { cancelled: false; value: T } | { cancelled: true };

// Set while Cancel was pressed during the current export. Module state on purpose:
// the export outlives the component that started it (the person may navigate away).
let cancelRequested = false;

/** Runs the export; a rejection after cancelExport() resolves {cancelled: true}. Other rejections pass through. */
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

/** Asks the backend to stop the running report export. */
export function cancelExport(): Promise<void> {
  cancelRequested = true;
  return cancelReportExport();
}
