import {
  ChangePassphrase,
  ProbeKeychain,
  RotateKeychainKey,
} from '../../../../wailsjs/go/service/WorkspaceService';
import { Security, UpdateSecurity } from '../../../../wailsjs/go/service/SettingsService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';

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

export type SecuritySettings = model.SecuritySettings;

/** The sign-in rules and whether this device remembers the key. Needs settings.manage. */
export function getSecuritySettings(): Promise<SecuritySettings> {
  return call(() => Security());
}

/** Out-of-range values reject "invalid" naming the field; turning the keychain off without a passphrase rejects "conflict". */
export function updateSecuritySettings(settings: SecuritySettings): Promise<SecuritySettings> {
  return call(() => UpdateSecurity(model.SecuritySettings.createFrom(settings)));
}
