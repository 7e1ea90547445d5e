/** What a line of the public-keys box looks like. The backend (CheckRecipients) has the last word. */
export type RecipientKind = 'age' | 'age-pq' | 'ssh-ed25519' | 'ssh-rsa' | 'secret' | 'unknown';

/** The backend's limit (backup.MaxRecipients). */
export const MAX_RECIPIENTS = 20;

/** A line of the box with its 1-based line number, for messages that point at it. */
export type RecipientLine = { line: number; text: string };

/**
 * The key lines of the box: one key per line (an SSH key line holds spaces,
 * so only line breaks separate keys), trimmed; blank lines and "#" comments
 * (as in age recipient files) skipped; a repeated key kept once.
 */
export function splitRecipientLines(text: string): RecipientLine[] {
  const out: RecipientLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || out.some((seen) => seen.text === line)) return;
    out.push({ line: index + 1, text: line });
  });
  return out;
}

/** The keys to send: the key lines' text, in order. */
export function recipientKeys(text: string): string[] {
  return splitRecipientLines(text).map((l) => l.text);
}

const AGE_X25519 = /^age1[02-9ac-hj-np-z]{50,}$/;
const AGE_PQ = /^age1pq1[02-9ac-hj-np-z]{50,}$/;
const SSH = /^(ssh-ed25519|ssh-rsa)\s+[A-Za-z0-9+/]+={0,2}(\s.*)?$/;

/** A rough look at one line: which kind of public key, a secret key pasted by mistake, or neither. */
export function recipientKind(line: string): RecipientKind {
  const text = line.trim();
  if (/^AGE-SECRET-KEY-/i.test(text) || /^AGE-PLUGIN-/i.test(text) || /PRIVATE KEY/.test(text)) return 'secret';
  if (AGE_PQ.test(text)) return 'age-pq';
  if (AGE_X25519.test(text)) return 'age';
  const ssh = SSH.exec(text);
  if (ssh) return ssh[1] as 'ssh-ed25519' | 'ssh-rsa';
  return 'unknown';
}

/**
 * The first problem of the box, or null. Lines are named by number and
 * never quoted: a secret key pasted by mistake must not be echoed.
 */
export function recipientProblem(text: string): string | null {
  const lines = splitRecipientLines(text);
  if (lines.length === 0) return 'Add at least one public key (age1…, ssh-ed25519 or ssh-rsa), or use a passphrase.';
  const secret = lines.find((l) => recipientKind(l.text) === 'secret');
  if (secret) {
    return `Line ${secret.line} is a secret key. Paste the public key instead (age1… or the .pub line), and keep the secret one private.`;
  }
  const unknown = lines.find((l) => recipientKind(l.text) === 'unknown');
  if (unknown) return `Line ${unknown.line} is not an age or SSH public key (age1…, ssh-ed25519 or ssh-rsa).`;
  if (lines.length > MAX_RECIPIENTS) return `Use at most ${MAX_RECIPIENTS} public keys.`;
  const kinds = lines.map((l) => recipientKind(l.text));
  if (kinds.includes('age-pq') && kinds.some((k) => k !== 'age-pq')) {
    return 'Post-quantum age keys (age1pq1…) cannot share a file with other kinds of key: use only post-quantum keys, or none.';
  }
  return null;
}
