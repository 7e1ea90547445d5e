import { recipientKind, splitRecipientLines } from './recipientLines';

/** Where the last public keys a backup used are kept (this device only). */
export const LAST_RECIPIENTS_KEY = 'fieldvault.backup.recipients';

type KeyStore = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStore(): KeyStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Only what is plainly a public key is ever stored: never a passphrase, never a secret key pasted by mistake. */
function publicOnly(keys: readonly string[]): string[] {
  return keys.filter((key) => {
    const kind = recipientKind(key);
    return kind !== 'secret' && kind !== 'unknown';
  });
}

/** The public keys of the last backup, one a line; "" when none (or storage is unavailable). */
export function loadLastRecipients(store: KeyStore | null = defaultStore()): string {
  try {
    const raw = store?.getItem(LAST_RECIPIENTS_KEY);
    if (!raw) return '';
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return '';
    return publicOnly(parsed.filter((v): v is string => typeof v === 'string')).join('\n');
  } catch {
    return '';
  }
}

/** Remembers the public keys a backup was made to (the box's text is re-read, so comments and blanks are dropped). */
export function saveLastRecipients(text: string, store: KeyStore | null = defaultStore()): void {
  const keys = publicOnly(splitRecipientLines(text).map((l) => l.text));
  if (keys.length === 0) return;
  try {
    store?.setItem(LAST_RECIPIENTS_KEY, JSON.stringify(keys));
  } catch {
    // Storage full or blocked: remembering is a convenience only.
  }
}
