import { describe, expect, it } from 'vitest';
import { backupFormErrors, backupSecretFields, type BackupSecret } from './backupForm';

const AGE_A = 'age1asjl8hr4whl8jx7fkjejmkrlg04kzh74kfm037npu57cqmwqm5xsw9du55';
const SSH_ED = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFIcBuiTpb+drORfcIn6GnvOvLav9gkN9NQsm1zb799F backup@vault';
const GOOD = 'correct horse battery';

describe('backupFormErrors', () => {
  const cases: Array<[string, BackupSecret, string[]]> = [
    ['keys ok', { mode: 'keys', recipients: `${AGE_A}\n${SSH_ED}` }, []],
    ['keys empty', { mode: 'keys', recipients: '' }, ['recipients']],
    ['keys with a bad line', { mode: 'keys', recipients: `${AGE_A}\nnope` }, ['recipients']],
    ['passphrase ok', { mode: 'passphrase', passphrase: GOOD, confirm: GOOD }, []],
    ['passphrase exactly 12', { mode: 'passphrase', passphrase: 'a'.repeat(12), confirm: 'a'.repeat(12) }, []],
    ['passphrase 11', { mode: 'passphrase', passphrase: 'a'.repeat(11), confirm: 'a'.repeat(11) }, ['passphrase']],
    ['12 emoji count as 12', { mode: 'passphrase', passphrase: '🙂'.repeat(12), confirm: '🙂'.repeat(12) }, []],
    ['passphrase empty', { mode: 'passphrase', passphrase: '', confirm: '' }, ['passphrase']],
    ['confirmation differs', { mode: 'passphrase', passphrase: GOOD, confirm: `${GOOD}!` }, ['confirm']],
    ['short and differs', { mode: 'passphrase', passphrase: 'abc', confirm: 'abd' }, ['confirm', 'passphrase']],
  ];
  it.each(cases)('%s', (_name, secret, fields) => {
    expect(Object.keys(backupFormErrors(secret)).sort()).toEqual(fields);
  });
});

describe('backupSecretFields', () => {
  it('sends the keys and no passphrase', () => {
    expect(backupSecretFields({ mode: 'keys', recipients: `# laptop\n${AGE_A}\n\n${SSH_ED}\n${AGE_A}` })).toEqual({
      recipients: [AGE_A, SSH_ED],
      passphrase: '',
    });
  });
  it('sends the passphrase and no keys', () => {
    expect(backupSecretFields({ mode: 'passphrase', passphrase: GOOD, confirm: GOOD })).toEqual({ recipients: [], passphrase: GOOD });
  });
});
