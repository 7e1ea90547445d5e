import { describe, expect, it } from 'vitest';
import { recipientTypeLabel, shortFingerprint } from './recipientLabels';

describe('recipientTypeLabel', () => {
  it.each([
    ['age', 'age'],
    ['age-pq', 'age post-quantum'],
    ['ssh-ed25519', 'SSH Ed25519'],
    ['ssh-rsa', 'SSH RSA'],
    ['passphrase', 'Passphrase'],
    ['something-new', 'something-new'],
  ])('%s → %s', (type, want) => {
    expect(recipientTypeLabel(type)).toBe(want);
  });
});

describe('shortFingerprint', () => {
  it('shortens an age key to its start and end', () => {
    expect(shortFingerprint('age1asjl8hr4whl8jx7fkjejmkrlg04kzh74kfm037npu57cqmwqm5xsw9du55')).toBe('age1asjl8hr4…w9du55');
  });
  it('keeps an SSH fingerprint and short values whole', () => {
    const ssh = 'SHA256:9p0dZ1NniM3rYtJQeh3aAZbSi1HkSbySg4aNxk3S0l8';
    expect(shortFingerprint(ssh)).toBe(ssh);
    expect(shortFingerprint('')).toBe('');
  });
});
