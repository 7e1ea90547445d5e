import {
  ChangePassphrase,
  ProbeKeychain,
  RotateKeychainKey,
  SetKeychainUnlock,
} from '../../../../wailsjs/go/service/WorkspaceService';
import type { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';

/** Turns "remember on this device" on or off. Off without a passphrase rejects with "conflict". */
export function setKeychainUnlock(enabled: boolean): Promise<WorkspaceStatus> {
  return call(() => SetKeychainUnlock(enabled));
}

/** oldPassphrase "" adds a first passphrase; a wrong old one rejects with "unauthenticated". */
export function changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
  return call(() => ChangePassphrase(oldPassphrase, newPassphrase));
}

/** Replaces the key kept in the OS keychain with a fresh one. */
export function rotateKeychainKey(): Promise<void> {
  return call(() => RotateKeychainKey());
}

export function probeKeychain(): Promise<model.KeychainStatus> {
  return call(() => ProbeKeychain());
}
