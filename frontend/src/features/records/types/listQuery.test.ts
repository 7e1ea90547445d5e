import { describe, expect, it } from 'vitest';
import { buildListQuery, initialListState, PAGE_SIZE, recordListKey } from './listQuery';

describe('buildListQuery / recordListKey', () => {
  it('builds the first page with defaults', () => {
    expect(buildListQuery('contacts', initialListState)).toEqual({
      entity: 'contacts', filters: [], search: '', sort: '', desc: true, offset: 0, limit: PAGE_SIZE, trash: false,
    });
  });
  it('trims the search and keeps paging out of the key', () => {
    const state = { ...initialListState, search: '  ana  ', sort: 'name', desc: false };
    const page0 = buildListQuery('contacts', state, [], 0);
    const page3 = buildListQuery('contacts', state, [], 300);
    expect(page0.search).toBe('ana');
    expect(recordListKey(page0)).toEqual(recordListKey(page3));
    expect(recordListKey(page0)).toEqual(['records', 'list', 'contacts', { filters: [], search: 'ana', sort: 'name', desc: false, trash: false }]);
  });
  it('gives equal keys for equal filters in any order', () => {
    const a = buildListQuery('deals', { ...initialListState, filters: { amount: { op: 'range', min: 1 }, name: { op: 'contains', value: 'x' } } });
    const b = buildListQuery('deals', { ...initialListState, filters: { name: { op: 'contains', value: 'x' }, amount: { op: 'range', min: 1 } } });
    expect(JSON.stringify(recordListKey(a))).toBe(JSON.stringify(recordListKey(b)));
  });
  it.each([
    ['entity', buildListQuery('companies', initialListState)],
    ['trash', buildListQuery('contacts', { ...initialListState, trash: true })],
    ['sort direction', buildListQuery('contacts', { ...initialListState, desc: false })],
    ['search', buildListQuery('contacts', { ...initialListState, search: 'a' })],
  ])('a different %s gives a different key', (_name, other) => {
    expect(JSON.stringify(recordListKey(other))).not.toBe(JSON.stringify(recordListKey(buildListQuery('contacts', initialListState))));
  });
});
