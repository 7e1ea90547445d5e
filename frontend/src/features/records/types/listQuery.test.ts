import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../api/recordsApi';
import { buildListQuery, initialListState, isSortable, PAGE_SIZE, recordListKey } from './listQuery';

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

describe('refs fields never sort', () => {
  const contactIds = { name: 'contactIds', type: 'refs', sortable: true } as FieldDef;
  const name = { name: 'name', type: 'text', sortable: true } as FieldDef;
  it('isSortable', () => {
    expect(isSortable(contactIds)).toBe(false);
    expect(isSortable(name)).toBe(true);
    expect(isSortable({ ...name, sortable: false })).toBe(false);
  });
  it('a saved sort by a refs field falls back to the default', () => {
    expect(buildListQuery('deals', { ...initialListState, sort: 'contactIds' }, [contactIds, name]).sort).toBe('');
    expect(buildListQuery('deals', { ...initialListState, sort: 'name' }, [contactIds, name]).sort).toBe('name');
  });
});
