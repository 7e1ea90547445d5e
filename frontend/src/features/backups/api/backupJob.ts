import { backUpWorkspace, cancelBackup, type BackupRequest, type BackupResult } from './backupsApi';

/** A backup's end: the result, or cancelled when the person pressed Cancel (whatever the rejection said). */
export type BackupOutcome = { cancelled: false; result: BackupResult } | { cancelled: true };

// Module state on purpose: a backup outlives the panel that started it (the
// person may open another tab meanwhile and come back to cancel it).
let cancelRequested = false;

/** Runs one backup. A rejection after requestBackupCancel() resolves {cancelled: true}. */
export async function runBackup(request: BackupRequest): Promise<BackupOutcome> {
  cancelRequested = false;
  try {
    // Finished before the Cancel took effect: the file is written, so report it.
    return { cancelled: false, result: await backUpWorkspace(request) };
  } catch (error) {
    if (cancelRequested) return { cancelled: true };
    throw error;
  } finally {
    cancelRequested = false;
  }
}

/** Asks the backend to stop the running backup; rejects with an AppError when it cannot. */
export function requestBackupCancel(): Promise<void> {
  cancelRequested = true;
  return cancelBackup();
}
