import { CancelRestore, RestoreBackup } from '../../../../wailsjs/go/service/WorkspaceService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';

export type RestoreRequest = {
  path: string;
  identityPath: string;
  identityPassphrase: string;
  backupPassphrase: string;
  username: string;
  password: string;
  passphrase: string;
  recoveryKey: string;
  keychain: boolean;
};
export type RestoreResult = model.RestoreResult;

/** The restore's job name (progress events). */
export const RESTORE_JOB = 'workspace.restore';

/**
 * Rebuilds a backup into this device's empty workspace folder and verifies
 * it; the workspace is left locked. "invalid" naming path, identityPath,
 * identity (the key file's content), identityPassphrase or backupPassphrase (or username when no way to unlock was given);
 * "unauthenticated" for a wrong key, passphrase or sign-in; "corrupt" for a
 * damaged or altered backup; "conflict" when a workspace exists.
 */
export function restoreBackup(request: RestoreRequest): Promise<RestoreResult> {
  return call(() => RestoreBackup(model.RestoreRequest.createFrom(request)));
}

/** Stops the running restore (the folder is left empty). "not_found" when none runs. */
export function cancelRestore(): Promise<void> {
  return call(() => CancelRestore());
}
