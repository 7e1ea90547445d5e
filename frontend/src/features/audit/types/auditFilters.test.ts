import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  countActiveFilters,
  filtersFromParams,
  filtersToParams,
  seqFromParams,
  toAuditQuery,
  type AuditFilters,
} from './auditFilters';

const params = (text: string) => new URLSearchParams(text);

describe('filters ↔ URL parameters', () => {
  const full: AuditFilters = {
    range: 'custom', from: '2026-05-01', to: '2026-05-03', userId: 'u1', category: 'data', action: 'contact.',
    objectType: 'contact', objectId: 'c-42', outcome: 'denied', text: 'Ibáñez & co',
  };
  it('round-trips every filter', () => {
    expect(filtersFromParams(filtersToParams(full))).toEqual(full);
  });
  it('round-trips a preset without from/to', () => {
    const preset = { ...EMPTY_FILTERS, range: '7d' as const, from: 'ignored', to: 'ignored' };
    const written = filtersToParams(preset);
    expect(written.toString()).toBe('range=7d');
    expect(filtersFromParams(written)).toEqual({ ...EMPTY_FILTERS, range: '7d' });
  });
  it('writes nothing for no filters and keeps other parameters such as seq', () => {
    expect(filtersToParams(EMPTY_FILTERS, params('seq=9&category=data')).toString()).toBe('seq=9');
  });
  it('opens a record link pre-filtered', () => {
    expect(filtersFromParams(params('objectType=contact&objectId=abc'))).toEqual({ ...EMPTY_FILTERS, objectType: 'contact', objectId: 'abc' });
  });
  it('treats from/to without a range as a custom range (alert evidence links)', () => {
    const got = filtersFromParams(params('from=2026-05-01T10:00:00Z&to=2026-05-01T11:00:00Z'));
    expect(got).toMatchObject({ range: 'custom', from: '2026-05-01T10:00:00Z', to: '2026-05-01T11:00:00Z' });
  });
  it('ignores unknown categories, outcomes and ranges', () => {
    expect(filtersFromParams(params('category=gossip&outcome=maybe&range=1y'))).toEqual(EMPTY_FILTERS);
  });
});

describe('seqFromParams', () => {
  const cases: Array<[string, number | null]> = [['seq=42', 42], ['', null], ['seq=0', null], ['seq=-3', null], ['seq=4.5', null], ['seq=abc', null]];
  for (const [text, want] of cases) it(text || '(none)', () => expect(seqFromParams(params(text))).toBe(want));
});

describe('countActiveFilters', () => {
  it('counts a custom range once and ignores blanks', () => {
    expect(countActiveFilters(EMPTY_FILTERS)).toBe(0);
    expect(countActiveFilters({ ...EMPTY_FILTERS, range: 'custom', from: '2026-05-01', to: '2026-05-02', text: ' ' })).toBe(1);
    expect(countActiveFilters({ ...EMPTY_FILTERS, category: 'auth', userId: 'u1' })).toBe(2);
  });
});

describe('toAuditQuery', () => {
  it('builds the first-page query with trimmed text', () => {
    const now = Date.UTC(2026, 4, 20);
    const q = toAuditQuery({ ...EMPTY_FILTERS, range: '24h', action: ' contact. ', text: ' ana ', outcome: 'failed' }, now);
    expect(q).toEqual({
      from: new Date(now - 24 * 3_600_000).toISOString(), to: '', userId: '', category: '', action: 'contact.',
      objectType: '', objectId: '', outcome: 'failed', text: 'ana', beforeSeq: 0, limit: 0,
    });
  });
});
