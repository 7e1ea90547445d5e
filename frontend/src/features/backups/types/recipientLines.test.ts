import { describe, expect, it } from 'vitest';
import { MAX_RECIPIENTS, recipientKeys, recipientKind, recipientProblem, splitRecipientLines } from './recipientLines';

const AGE_A = 'age1asjl8hr4whl8jx7fkjejmkrlg04kzh74kfm037npu57cqmwqm5xsw9du55';
const AGE_B = 'age1fjxwyzfzqnajpn05wcd709u4xhlujyrkcww2nc3498v6lwuvecms0d5fu6';
const AGE_PQ = `age1pq1${'q'.repeat(120)}`;
const SSH_ED = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFIcBuiTpb+drORfcIn6GnvOvLav9gkN9NQsm1zb799F backup@vault';
const SSH_RSA = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 ops@host';
const SECRET = `AGE-SECRET-KEY-1${'Q'.repeat(58)}`;

describe('splitRecipientLines', () => {
  it('keeps one key per line, with its line number; SSH lines keep their spaces', () => {
    expect(splitRecipientLines(`${AGE_A}\n${SSH_ED}`)).toEqual([
      { line: 1, text: AGE_A },
      { line: 2, text: SSH_ED },
    ]);
  });
  it('trims, skips blank lines and # comments, and handles CRLF and CR', () => {
    expect(splitRecipientLines(`  # the vault laptop\r\n\r\n  ${AGE_A}  \r${AGE_B}\n   \n`)).toEqual([
      { line: 3, text: AGE_A },
      { line: 4, text: AGE_B },
    ]);
  });
  it('drops a repeated key (the first line number stays)', () => {
    expect(splitRecipientLines(`${AGE_A}\n${AGE_B}\n${AGE_A}`).map((l) => l.line)).toEqual([1, 2]);
  });
  it('an empty box has no keys', () => {
    expect(splitRecipientLines('')).toEqual([]);
    expect(recipientKeys(' \n# only a comment\n')).toEqual([]);
  });
});

describe('recipientKind', () => {
  it.each([
    ['age X25519', AGE_A, 'age'],
    ['age post-quantum', AGE_PQ, 'age-pq'],
    ['ssh-ed25519 with comment', SSH_ED, 'ssh-ed25519'],
    ['ssh-ed25519 without comment', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFIc', 'ssh-ed25519'],
    ['ssh-rsa', SSH_RSA, 'ssh-rsa'],
    ['age secret key', SECRET, 'secret'],
    ['age secret key, lower case', SECRET.toLowerCase(), 'secret'],
    ['age plugin identity', 'AGE-PLUGIN-YUBIKEY-1QQQQ', 'secret'],
    ['OpenSSH private key header', '-----BEGIN OPENSSH PRIVATE KEY-----', 'secret'],
    ['PEM private key header', '-----BEGIN RSA PRIVATE KEY-----', 'secret'],
    ['truncated age key', 'age1asjl8hr4whl8', 'unknown'],
    ['age key with "b" (not bech32)', `age1${'b'.repeat(58)}`, 'unknown'],
    ['ssh-dss', 'ssh-dss AAAAB3NzaC1kc3MAAACBAP', 'unknown'],
    ['ecdsa', 'ecdsa-sha2-nistp256 AAAAE2VjZHNh', 'unknown'],
    ['free text', 'my backup key', 'unknown'],
  ])('%s', (_name, line, want) => {
    expect(recipientKind(line)).toBe(want);
  });
});

describe('recipientProblem', () => {
  it.each([
    ['one age key', AGE_A, null],
    ['age and SSH keys together', `${AGE_A}\n${SSH_ED}\n${SSH_RSA}`, null],
    ['only post-quantum keys', AGE_PQ, null],
    ['empty', '', 'Add at least one public key'],
    ['only comments', '# nothing yet', 'Add at least one public key'],
    ['a secret key, named by line', `${AGE_A}\n\n${SECRET}`, 'Line 3 is a secret key'],
    ['an unknown line, named by line', `# keys\n${AGE_A}\nhello`, 'Line 3 is not an age or SSH public key'],
    ['post-quantum mixed with X25519', `${AGE_PQ}\n${AGE_A}`, 'Post-quantum age keys'],
  ])('%s', (_name, text, want) => {
    const got = recipientProblem(text);
    if (want === null) expect(got).toBeNull();
    else expect(got).toContain(want);
  });

  it('never quotes the secret key it refuses', () => {
    expect(recipientProblem(SECRET)).not.toContain('AGE-SECRET-KEY');
    expect(recipientProblem(`${AGE_A}\nnot-a-key-but-private-text`)).not.toContain('private-text');
  });

  it(`allows ${MAX_RECIPIENTS} keys, not more`, () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${String(i).padStart(3, 'A')} k${i}`).join('\n');
    expect(recipientProblem(keys(MAX_RECIPIENTS))).toBeNull();
    expect(recipientProblem(keys(MAX_RECIPIENTS + 1))).toContain(`at most ${MAX_RECIPIENTS}`);
  });
});
