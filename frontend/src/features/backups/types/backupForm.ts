import { codePointLength, MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH, PASSPHRASE_MISMATCH } from '@/lib/passphraseRules';
import { recipientKeys, recipientProblem } from './recipientLines';

/** Who can open the backup, as the form holds it: public keys, or a passphrase (age never mixes the two). */
export type BackupSecret =
  | { mode: 'keys'; recipients: string }
  | { mode: 'passphrase'; passphrase: string; confirm: string };

export type BackupFormErrors = Partial<Record<'recipients' | 'passphrase' | 'confirm', string>>;

/** The form's problems by field; empty when a backup can start. */
export function backupFormErrors(secret: BackupSecret): BackupFormErrors {
  if (secret.mode === 'keys') {
    const problem = recipientProblem(secret.recipients);
    return problem ? { recipients: problem } : {};
  }
  const errors: BackupFormErrors = {};
  const length = codePointLength(secret.passphrase);
  if (length === 0) errors.passphrase = 'Enter a passphrase.';
  else if (length < MIN_PASSPHRASE_LENGTH) errors.passphrase = `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  else if (length > MAX_PASSPHRASE_LENGTH) errors.passphrase = `Use at most ${MAX_PASSPHRASE_LENGTH} characters.`;
  if (secret.confirm !== secret.passphrase) errors.confirm = PASSPHRASE_MISMATCH;
  return errors;
}

/** The request fields the secret fills: the keys, or the passphrase — never both. */
export function backupSecretFields(secret: BackupSecret): { recipients: string[]; passphrase: string } {
  return secret.mode === 'keys'
    ? { recipients: recipientKeys(secret.recipients), passphrase: '' }
    : { recipients: [], passphrase: secret.passphrase };
}
