import { z } from 'zod';

/** What opens the backup file: an age identity (or OpenSSH private key) file, or the backup's passphrase. */
export type OpenWith = 'keyFile' | 'passphrase';
/** What unlocks the workspace inside: a user's sign-in, the workspace passphrase, or its recovery key. */
export type UnlockWith = 'user' | 'passphrase' | 'recovery';

export type RestoreValues = {
  path: string;
  openWith: OpenWith;
  identityPath: string;
  /** Opens an SSH private key protected by a passphrase ("" for other keys). */
  identityPassphrase: string;
  backupPassphrase: string;
  unlockWith: UnlockWith;
  username: string;
  password: string;
  passphrase: string;
  recoveryKey: string;
  keychain: boolean;
};

export const initialRestoreValues: RestoreValues = {
  path: '',
  openWith: 'keyFile',
  identityPath: '',
  identityPassphrase: '',
  backupPassphrase: '',
  unlockWith: 'user',
  username: '',
  password: '',
  passphrase: '',
  recoveryKey: '',
  keychain: false,
};

/**
 * The restore form: a backup file; exactly one way to open it (the chosen
 * one must be filled in); exactly one way to unlock the workspace inside.
 * Values of the ways not chosen are ignored here and never sent.
 */
export const restoreSchema = z
  .object({
    path: z.string(),
    openWith: z.enum(['keyFile', 'passphrase']),
    identityPath: z.string(),
    identityPassphrase: z.string(),
    backupPassphrase: z.string(),
    unlockWith: z.enum(['user', 'passphrase', 'recovery']),
    username: z.string(),
    password: z.string(),
    passphrase: z.string(),
    recoveryKey: z.string(),
    keychain: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const need = (ok: boolean, path: keyof RestoreValues, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    need(v.path !== '', 'path', 'Choose the backup file (.age).');
    if (v.openWith === 'keyFile') {
      need(v.identityPath !== '', 'identityPath', 'Choose the key file that opens the backup.');
      const isBackup = v.identityPath !== '' && (v.identityPath === v.path || v.identityPath.toLowerCase().endsWith('.age'));
      need(!isBackup, 'identityPath', 'That is a backup, not a key: choose the file holding the secret key (AGE-SECRET-KEY-… or an SSH private key).');
    } else need(v.backupPassphrase !== '', 'backupPassphrase', 'Enter the passphrase the backup was encrypted with.');
    if (v.unlockWith === 'user') {
      need(v.username.trim() !== '', 'username', 'Enter the user name.');
      need(v.password !== '', 'password', 'Enter the password.');
    } else if (v.unlockWith === 'passphrase') {
      need(v.passphrase !== '', 'passphrase', "Enter the workspace's passphrase.");
    } else {
      need(v.recoveryKey.trim() !== '', 'recoveryKey', 'Enter the recovery key.');
    }
  });

/** Validated values → the request: only the chosen way to open and the chosen way to unlock are filled in (throws when invalid). */
export function toRestoreRequest(values: RestoreValues) {
  const v = restoreSchema.parse(values);
  const byKey = v.openWith === 'keyFile';
  return {
    path: v.path,
    identityPath: byKey ? v.identityPath : '',
    identityPassphrase: byKey ? v.identityPassphrase : '',
    backupPassphrase: byKey ? '' : v.backupPassphrase,
    username: v.unlockWith === 'user' ? v.username.trim() : '',
    password: v.unlockWith === 'user' ? v.password : '',
    passphrase: v.unlockWith === 'passphrase' ? v.passphrase : '',
    recoveryKey: v.unlockWith === 'recovery' ? v.recoveryKey.trim() : '',
    keychain: v.keychain,
  };
}

/**
 * Which form field a backend field error belongs to (the names match,
 * except "username" when nothing unlocks and "identity", the key file's
 * content, which belongs to the key file).
 */
export function restoreFieldFor(field: string, unlockWith: UnlockWith): keyof RestoreValues | null {
  if (field === 'username') return unlockWith === 'user' ? 'username' : unlockWith === 'passphrase' ? 'passphrase' : 'recoveryKey';
  if (field === 'identity') return 'identityPath';
  const known: ReadonlyArray<keyof RestoreValues> = ['path', 'identityPath', 'identityPassphrase', 'backupPassphrase', 'password', 'passphrase', 'recoveryKey'];
  return (known as readonly string[]).includes(field) ? (field as keyof RestoreValues) : null;
}
