import { UnlockKeychain, UnlockPassphrase, UnlockRecovery } from '../../../../wailsjs/go/service/WorkspaceService';
import { call } from '@/lib/call';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';

/** Rejects with code "unavailable" when the keychain is missing, locked or times out. */
export function unlockWithKeychain(): Promise<WorkspaceStatus> {
  return call(() => UnlockKeychain());
}

/** Rejects with code "unauthenticated" ("Wrong passphrase.") on a wrong passphrase. */
export function unlockWithPassphrase(passphrase: string): Promise<WorkspaceStatus> {
  return call(() => UnlockPassphrase(passphrase));
}

/** Rejects with code "unauthenticated" on a wrong recovery key. */
export function unlockWithRecoveryKey(recoveryKey: string): Promise<WorkspaceStatus> {
  return call(() => UnlockRecovery(recoveryKey));
}
