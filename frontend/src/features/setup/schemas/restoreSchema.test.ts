import { describe, expect, it } from 'vitest';
import { initialRestoreValues, restoreFieldFor, restoreSchema, toRestoreRequest, type RestoreValues } from './restoreSchema';

const FILE = '/home/ana/Backups/Acme-2026-05-01.age';
const KEY = '/home/ana/.age/backup-key.txt';
const filled: RestoreValues = {
  ...initialRestoreValues,
  path: FILE,
  identityPath: KEY,
  backupPassphrase: 'backup passphrase 2026',
  username: 'ana.admin',
  password: 'admin password 2026',
  passphrase: 'workspace passphrase',
  recoveryKey: 'ABCD-EFGH',
};

function errorFields(values: RestoreValues): string[] {
  const result = restoreSchema.safeParse(values);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => i.path.join('.')))].sort();
}

describe('restoreSchema: one way to open the file, one way to unlock', () => {
  const cases: Array<[string, Partial<RestoreValues>, string[]]> = [
    ['nothing filled in', { ...initialRestoreValues }, ['identityPath', 'password', 'path', 'username']],
    ['key file + sign-in', {}, []],
    ['backup passphrase + workspace passphrase', { openWith: 'passphrase', unlockWith: 'passphrase' }, []],
    ['key file + recovery key', { unlockWith: 'recovery' }, []],
    ['no backup file', { path: '' }, ['path']],
    ['key file chosen as the way, but no file', { identityPath: '' }, ['identityPath']],
    ['the backup chosen as its own key', { identityPath: FILE }, ['identityPath']],
    ['another .age file chosen as the key', { identityPath: '/home/ana/other.AGE' }, ['identityPath']],
    ['passphrase chosen as the way, but empty', { openWith: 'passphrase', backupPassphrase: '' }, ['backupPassphrase']],
    ['the way not chosen may stay empty (key file)', { openWith: 'passphrase', identityPath: '' }, []],
    ['the way not chosen may stay empty (passphrase)', { backupPassphrase: '' }, []],
    ['sign-in without a password', { password: '' }, ['password']],
    ['sign-in with a blank user name', { username: '   ' }, ['username']],
    ['workspace passphrase empty', { unlockWith: 'passphrase', passphrase: '' }, ['passphrase']],
    ['recovery key only spaces', { unlockWith: 'recovery', recoveryKey: '  ' }, ['recoveryKey']],
    ['unused unlock fields may be empty', { unlockWith: 'recovery', username: '', password: '', passphrase: '' }, []],
  ];
  it.each(cases)('%s', (_name, values, fields) => {
    expect(errorFields({ ...filled, ...values })).toEqual(fields);
  });
});

describe('toRestoreRequest sends exactly the chosen ways', () => {
  it('key file + sign-in: no backup passphrase, no workspace passphrase, no recovery key', () => {
    expect(toRestoreRequest({ ...filled, username: ' ana.admin ', identityPassphrase: 'key pass', keychain: true })).toEqual({
      path: FILE,
      identityPath: KEY,
      identityPassphrase: 'key pass',
      backupPassphrase: '',
      username: 'ana.admin',
      password: 'admin password 2026',
      passphrase: '',
      recoveryKey: '',
      keychain: true,
    });
  });
  it('backup passphrase + workspace passphrase: no key file, no sign-in', () => {
    expect(toRestoreRequest({ ...filled, openWith: 'passphrase', unlockWith: 'passphrase', identityPassphrase: 'stale' })).toEqual({
      path: FILE,
      identityPath: '',
      identityPassphrase: '',
      backupPassphrase: 'backup passphrase 2026',
      username: '',
      password: '',
      passphrase: 'workspace passphrase',
      recoveryKey: '',
      keychain: false,
    });
  });
  it('recovery key: trimmed, and only it', () => {
    const request = toRestoreRequest({ ...filled, unlockWith: 'recovery', recoveryKey: '  ABCD-EFGH \n' });
    expect(request).toMatchObject({ recoveryKey: 'ABCD-EFGH', username: '', password: '', passphrase: '' });
  });
  it('passwords are sent as typed (spaces are part of them)', () => {
    expect(toRestoreRequest({ ...filled, password: ' pw with spaces ' }).password).toBe(' pw with spaces ');
  });
  it('throws on invalid values', () => {
    expect(() => toRestoreRequest(initialRestoreValues)).toThrow();
  });
});

describe('restoreFieldFor', () => {
  it.each([
    ['path', 'user', 'path'],
    ['identityPath', 'user', 'identityPath'],
    ['identity', 'user', 'identityPath'], // the key file's content
    ['identityPassphrase', 'user', 'identityPassphrase'],
    ['backupPassphrase', 'user', 'backupPassphrase'],
    ['username', 'user', 'username'],
    ['username', 'passphrase', 'passphrase'], // "nothing unlocks" lands on the chosen way
    ['username', 'recovery', 'recoveryKey'],
    ['somethingElse', 'user', null],
  ] as const)('%s (%s) → %s', (field, unlockWith, want) => {
    expect(restoreFieldFor(field, unlockWith)).toBe(want);
  });
});
