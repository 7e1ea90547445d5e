import { cancelScan } from './duplicatesApi';

/** A job's end: its value, or cancelled when the person pressed Cancel (whatever the rejection said). */
export type JobOutcome<T> = { cancelled: false; value: T } | { cancelled: true };

// Set while Cancel was pressed during the current scan. Module state on purpose:
// the scan outlives the component that started it (the person may navigate away).
let cancelRequested = false;

/** Runs the scan; a rejection after requestCancel() resolves {cancelled: true}. Other rejections pass through. */
export async function runScanJob<T>(run: () => Promise<T>): Promise<JobOutcome<T>> {
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

/** Asks the backend to stop the running scan. */
export function requestCancel(): Promise<void> {
  cancelRequested = true;
  return cancelScan();
}
