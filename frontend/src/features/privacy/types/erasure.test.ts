import { describe, expect, it } from 'vitest';
import { canErase, erasureDoneMessage, validateErasure } from './erasure';

const session = (permissions: string[]) => ({ permissions, grants: null as never });

describe('canErase', () => {
  it.each([
    ['contacts', ['privacy.manage'], true],
    ['leads', ['privacy.manage'], true],
    ['companies', ['privacy.manage'], false],
    ['contacts', ['data.export', 'sensitive.view'], false],
  ])('%s with %j → %s', (entity, perms, want) => {
    expect(canErase(session(perms), entity)).toBe(want);
  });
  it('is false without a session', () => expect(canErase(null, 'contacts')).toBe(false));
});

describe('validateErasure', () => {
  it.each([
    [{ reason: 'DSR-1', confirm: 'ERASE' }, {}],
    [{ reason: '  ', confirm: 'ERASE' }, { reason: "Enter the request's reference." }],
    [{ reason: 'x'.repeat(301), confirm: 'ERASE' }, { reason: 'At most 300 characters.' }],
    [{ reason: 'ü'.repeat(300), confirm: ' ERASE ' }, {}],
    [{ reason: 'DSR-1', confirm: 'erase' }, { confirm: 'Type ERASE to confirm.' }],
  ])('%j', (form, want) => expect(validateErasure(form)).toEqual(want));
});

describe('erasureDoneMessage', () => {
  it('counts with plurals', () => {
    expect(erasureDoneMessage({ people: 1, records: 1, keys: 1, purgeFailed: false })).toBe(
      '1 record anonymised (1 person record and their activities and tasks); 1 key destroyed, so their values in the audit log now read "[erased]".',
    );
  });
  it('warns when compaction failed', () => {
    expect(erasureDoneMessage({ people: 2, records: 4, keys: 2, purgeFailed: true })).toMatch(/4 records anonymised.*2 keys destroyed.*Compacting the files failed/);
  });
});
