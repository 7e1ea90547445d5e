import type { AuditArchivePreview } from '../api/archiveApi';

/** Retention bounds in days (backend model.Retention*). 0 keeps entries forever. */
export const RETENTION_FOREVER = 0;
export const RETENTION_MIN_DAYS = 30;
export const RETENTION_MAX_DAYS = 36_500;

/** Shortest passphrase the backend accepts for an archive (auditarchive.MinPassphraseLength). */
export const ARCHIVE_MIN_PASSPHRASE = 12;

/** The policies offered in the select; "custom" lets the person type a number of days. */
export const RETENTION_CHOICES: ReadonlyArray<{ value: string; label: string }> = [
  { value: '0', label: 'Keep forever' },
  { value: '90', label: '90 days' },
  { value: '180', label: '180 days' },
  { value: '365', label: '1 year' },
  { value: '730', label: '2 years' },
  { value: '1825', label: '5 years' },
  { value: '2555', label: '7 years' },
  { value: '3650', label: '10 years' },
  { value: 'custom', label: 'Custom number of days…' },
];

/** The select value for a stored policy: its preset, else "custom". */
export function retentionChoice(days: number): string {
  const preset = RETENTION_CHOICES.find((c) => c.value === String(days));
  return preset ? preset.value : 'custom';
}

/** A policy in words: "Keep forever", "Keep 1 year", "Keep 45 days". */
export function retentionLabel(days: number): string {
  if (days === RETENTION_FOREVER) return 'Keep forever';
  const preset = RETENTION_CHOICES.find((c) => c.value === String(days));
  return `Keep ${preset ? preset.label : `${days.toLocaleString('en-US')} days`}`;
}

/** Why a number of days cannot be stored (as the backend checks it); null when it can. */
export function retentionError(days: number): string | null {
  if (!Number.isInteger(days)) return 'Enter a whole number of days.';
  if (days === RETENTION_FOREVER || (days >= RETENTION_MIN_DAYS && days <= RETENTION_MAX_DAYS)) return null;
  return `Keep entries forever, or for ${RETENTION_MIN_DAYS} to ${RETENTION_MAX_DAYS.toLocaleString('en-US')} days.`;
}

// age public keys are Bech32: "age1" (X25519) or "age1pq1" (hybrid post-quantum) then the data part.
const AGE_RECIPIENT = /^age1(pq1)?[02-9ac-hj-np-z]{20,}$/;

/**
 * Reads the recipients box: keys separated by new lines, spaces or commas;
 * lines starting with "#" are comments (as in age recipient files);
 * duplicates are dropped. A secret key is reported without echoing it.
 */
export function parseRecipients(text: string): { keys: string[]; errors: string[] } {
  const keys: string[] = [];
  const errors: string[] = [];
  const tokens = text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(/[\s,]+/))
    .filter((token) => token !== '');
  for (const token of tokens) {
    if (/^AGE-SECRET-KEY-/i.test(token)) {
      errors.push('That is a secret key: paste the public key (age1…) instead, and keep the secret one private.');
    } else if (!AGE_RECIPIENT.test(token)) {
      errors.push(`Not an age public key: ${token.length > 24 ? `${token.slice(0, 24)}…` : token}`);
    } else if (!keys.includes(token)) {
      keys.push(token);
    }
  }
  return { keys, errors };
}

/** How the archive is encrypted, as the form holds it. */
export type ArchiveSecret =
  | { mode: 'keys'; recipients: string }
  | { mode: 'passphrase'; passphrase: string; confirm: string };

/** The form's problems by field ("recipients", "passphrase", "confirm", "before"); empty when it can be sent. */
export function archiveFormErrors(secret: ArchiveSecret, before: string, cutoff: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(before)) errors.before = 'Choose a date.';
  else if (cutoff && before > cutoff) errors.before = `Choose ${cutoff} or earlier: younger entries stay in the log.`;
  if (secret.mode === 'keys') {
    const { keys, errors: bad } = parseRecipients(secret.recipients);
    if (bad.length > 0) errors.recipients = bad[0];
    else if (keys.length === 0) errors.recipients = 'Add at least one age public key (age1…).';
  } else {
    if ([...secret.passphrase].length < ARCHIVE_MIN_PASSPHRASE) {
      errors.passphrase = `Use at least ${ARCHIVE_MIN_PASSPHRASE} characters.`;
    }
    if (secret.confirm !== secret.passphrase) errors.confirm = 'The two passphrases differ.';
  }
  return errors;
}

/** The request fields the secret fills: keys, or the passphrase (never both: age cannot mix them). */
export function archiveSecretFields(secret: ArchiveSecret): { recipients: string[]; passphrase: string } {
  return secret.mode === 'keys'
    ? { recipients: parseRecipients(secret.recipients).keys, passphrase: '' }
    : { recipients: [], passphrase: secret.passphrase };
}

/** The suggested file name: "audit-archive-before-2026-01-01.age". */
export function archiveFileName(before: string): string {
  return `audit-archive-before-${before}.age`;
}

/** What a preview means, in one sentence. */
export function describePreview(preview: AuditArchivePreview, formatTime: (value: string) => string): string {
  if (preview.entries <= 0) {
    return preview.before ? `No entry before ${preview.before} is left in the log: there is nothing to archive.` : 'There is nothing to archive.';
  }
  const n = preview.entries.toLocaleString('en-US');
  const noun = preview.entries === 1 ? 'entry' : 'entries';
  return (
    `${n} ${noun} (#${preview.firstSeq.toLocaleString('en-US')}–#${preview.lastSeq.toLocaleString('en-US')}, ` +
    `${formatTime(preview.oldestAt)} to ${formatTime(preview.newestAt)}) would move out of the live log ` +
    `into the archive; ${Math.max(0, preview.live - preview.entries).toLocaleString('en-US')} stay.`
  );
}

/** The command an auditor runs to check an archive. */
export function verifyArchiveCommand(file = 'FILE', publicKey = 'KEY'): string {
  return `fieldvault audit verify-archive ${file} --identity KEYFILE --pubkey ${publicKey}`;
}
