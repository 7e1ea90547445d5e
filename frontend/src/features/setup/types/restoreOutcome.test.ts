import { describe, expect, it } from 'vitest';
import { integrityLabel, restoredRecords, restoreErrorTitle } from './restoreOutcome';

describe('restoredRecords', () => {
  it('sums the record tables only', () => {
    expect(restoredRecords({ contacts: 120, companies: 30, deals: 7, tasks: 3, users: 5, roles: 6, teams: 2, audit_log: 900 })).toBe(160);
  });
  it('is 0 for no counts', () => {
    expect(restoredRecords({})).toBe(0);
    expect(restoredRecords(null)).toBe(0);
  });
});

describe('restoreErrorTitle', () => {
  it.each([
    ['unauthenticated', 'Wrong key, passphrase or password'],
    ['corrupt', 'The backup is damaged or was altered'],
    ['invalid', 'This file cannot be restored'],
    ['conflict', 'Nothing was restored'],
    ['internal', 'The restore failed'],
  ] as const)('%s', (code, want) => {
    expect(restoreErrorTitle(code)).toBe(want);
  });
});

describe('integrityLabel', () => {
  it('says intact for "ok", else shows what SQLite said', () => {
    expect(integrityLabel('ok')).toMatch(/^Intact/);
    expect(integrityLabel('row 3 missing from index')).toBe('row 3 missing from index');
    expect(integrityLabel('')).toBe('Not reported');
  });
});
