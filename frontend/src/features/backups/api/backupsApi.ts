import { Backup, Cancel, CheckRecipients } from '../../../../wailsjs/go/service/BackupService';
import { service } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';

export type BackupRecipient = service.BackupRecipient;
export type BackupResult = service.BackupResult;
/** A backup request as the UI builds it: path from the save dialog; keys or a passphrase, never both. */
export type BackupRequest = { path: string; recipients: string[]; passphrase: string };

/** The backup's job name (progress events, Cancel). */
export const BACKUP_JOB = 'workspace.backup';

/**
 * Parses public keys as a backup would and describes them (type,
 * fingerprint, comment). "invalid" naming "recipients" for a bad key (by
 * position); "forbidden" for anyone but an administrator.
 */
export function checkRecipients(keys: string[]): Promise<BackupRecipient[]> {
  return call(async () => (await CheckRecipients(keys)) ?? []);
}

/**
 * Writes an encrypted snapshot of the whole workspace to request.path (job
 * "workspace.backup"). "invalid" naming path, recipients or passphrase;
 * "conflict" when a backup runs, it was cancelled, or the workspace unlocks
 * with the keychain only.
 */
export function backUpWorkspace(request: BackupRequest): Promise<BackupResult> {
  return call(() => Backup(service.BackupRequest.createFrom(request)));
}

/** Stops the caller's running backup, which then leaves no file. "not_found" when none runs. */
export function cancelBackup(): Promise<void> {
  return call(() => Cancel(BACKUP_JOB));
}
