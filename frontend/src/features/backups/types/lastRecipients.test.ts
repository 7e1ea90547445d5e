import { describe, expect, it } from 'vitest';
import { LAST_RECIPIENTS_KEY, loadLastRecipients, saveLastRecipients } from './lastRecipients';

const AGE_A = 'age1asjl8hr4whl8jx7fkjejmkrlg04kzh74kfm037npu57cqmwqm5xsw9du55';
const SSH_ED = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFIcBuiTpb+drORfcIn6GnvOvLav9gkN9NQsm1zb799F backup@vault';
const SECRET = `AGE-SECRET-KEY-1${'Q'.repeat(58)}`;

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('last public keys', () => {
  it('round-trips the keys, one a line, without comments or blanks', () => {
    const store = memoryStore();
    saveLastRecipients(`# laptop\n${AGE_A}\n\n${SSH_ED}\n`, store);
    expect(JSON.parse(store.data.get(LAST_RECIPIENTS_KEY) ?? '')).toEqual([AGE_A, SSH_ED]);
    expect(loadLastRecipients(store)).toBe(`${AGE_A}\n${SSH_ED}`);
  });
  it('never stores a secret key or anything that is not a public key', () => {
    const store = memoryStore();
    saveLastRecipients(`${AGE_A}\n${SECRET}\nsome words`, store);
    expect(store.data.get(LAST_RECIPIENTS_KEY)).not.toContain('SECRET');
    expect(store.data.get(LAST_RECIPIENTS_KEY)).not.toContain('some words');
  });
  it('keeps the previous keys when nothing usable is given', () => {
    const store = memoryStore({ [LAST_RECIPIENTS_KEY]: JSON.stringify([AGE_A]) });
    saveLastRecipients('', store);
    expect(loadLastRecipients(store)).toBe(AGE_A);
  });
  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{oops'],
    ['not a list', '{"a":1}'],
    ['only a secret (tampered storage)', JSON.stringify([SECRET])],
  ])('loads "" for %s', (_name, raw) => {
    expect(loadLastRecipients(memoryStore(raw === undefined ? {} : { [LAST_RECIPIENTS_KEY]: raw }))).toBe('');
  });
  it('tolerates a storage that throws or is missing', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(loadLastRecipients(broken)).toBe('');
    expect(() => saveLastRecipients(AGE_A, broken)).not.toThrow();
    expect(loadLastRecipients(null)).toBe('');
  });
});
