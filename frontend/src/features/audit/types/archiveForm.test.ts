import { describe, expect, it } from 'vitest';
import type { AuditArchivePreview } from '../api/archiveApi';
import {
  archiveFileName,
  archiveFormErrors,
  archiveSecretFields,
  describePreview,
  parseRecipients,
  retentionChoice,
  retentionError,
  retentionLabel,
} from './archiveForm';

const KEY1 = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
const KEY2 = 'age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg';
const PQ = 'age1pq1' + 'q'.repeat(40);

describe('retention', () => {
  it.each([
    [0, null],
    [29, 'Keep entries forever, or for 30 to 36,500 days.'],
    [30, null],
    [36_500, null],
    [36_501, 'Keep entries forever, or for 30 to 36,500 days.'],
    [-1, 'Keep entries forever, or for 30 to 36,500 days.'],
    [45.5, 'Enter a whole number of days.'],
  ])('%s days → %s', (days, error) => {
    expect(retentionError(days)).toBe(error);
  });

  it('names presets and other values', () => {
    expect(retentionLabel(0)).toBe('Keep forever');
    expect(retentionLabel(365)).toBe('Keep 1 year');
    expect(retentionLabel(1000)).toBe('Keep 1,000 days');
    expect(retentionChoice(2555)).toBe('2555');
    expect(retentionChoice(45)).toBe('custom');
  });
});

describe('parseRecipients', () => {
  it('splits on lines, spaces and commas, skips comments and duplicates', () => {
    const text = `# compliance officer\n${KEY1}, ${KEY2}\n\n  ${KEY1}  ${PQ}\n`;
    expect(parseRecipients(text)).toEqual({ keys: [KEY1, KEY2, PQ], errors: [] });
  });

  it('refuses what is not a public key, and never echoes a secret key', () => {
    const secret = 'AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ';
    const { keys, errors } = parseRecipients(`${KEY1}\nssh-ed25519 ${secret} age1short`);
    expect(keys).toEqual([KEY1]);
    expect(errors).toHaveLength(3);
    expect(errors.join(' ')).not.toContain('QQQQ');
    expect(errors[1]).toMatch(/secret key/);
    expect(errors[2]).toBe('Not an age public key: age1short');
  });
});

describe('archiveFormErrors', () => {
  const keys = (recipients: string) => ({ mode: 'keys' as const, recipients });
  const pass = (passphrase: string, confirm = passphrase) => ({ mode: 'passphrase' as const, passphrase, confirm });
  it.each([
    ['ready with a key', keys(KEY1), '2026-01-01', {}],
    ['no key', keys(' '), '2026-01-01', { recipients: 'Add at least one age public key (age1…).' }],
    ['bad key', keys('nope'), '2026-01-01', { recipients: 'Not an age public key: nope' }],
    ['date after the cutoff', keys(KEY1), '2026-03-01', { before: 'Choose 2026-02-01 or earlier: younger entries stay in the log.' }],
    ['no date', keys(KEY1), '', { before: 'Choose a date.' }],
    ['short passphrase', pass('short'), '2026-01-01', { passphrase: 'Use at least 12 characters.' }],
    ['passphrases differ', pass('a long passphrase', 'a long passphrasE'), '2026-01-01', { confirm: 'The two passphrases differ.' }],
    ['ready with a passphrase', pass('a long passphrase'), '2026-02-01', {}],
  ])('%s', (_name, secret, before, want) => {
    expect(archiveFormErrors(secret, before, '2026-02-01')).toEqual(want);
  });

  it('sends keys or a passphrase, never both', () => {
    expect(archiveSecretFields(keys(`${KEY1}\n${KEY1}`))).toEqual({ recipients: [KEY1], passphrase: '' });
    expect(archiveSecretFields(pass('a long passphrase'))).toEqual({ recipients: [], passphrase: 'a long passphrase' });
  });
});

describe('describePreview', () => {
  const preview = (patch: Partial<AuditArchivePreview>) =>
    ({ before: '2026-01-01', cutoff: '2026-01-01', entries: 0, firstSeq: 0, lastSeq: 0, oldestAt: '', newestAt: '', live: 10, blocked: '', ...patch }) as AuditArchivePreview;
  const time = (s: string) => `<${s}>`;

  it('says what would move and what stays', () => {
    expect(describePreview(preview({ entries: 1234, firstSeq: 1, lastSeq: 1234, oldestAt: 'a', newestAt: 'b', live: 2000 }), time)).toBe(
      '1,234 entries (#1–#1,234, <a> to <b>) would move out of the live log into the archive; 766 stay.',
    );
  });

  it('says when there is nothing', () => {
    expect(describePreview(preview({}), time)).toBe('No entry before 2026-01-01 is left in the log: there is nothing to archive.');
  });

  it('suggests a file name', () => {
    expect(archiveFileName('2026-01-01')).toBe('audit-archive-before-2026-01-01.age');
  });
});
