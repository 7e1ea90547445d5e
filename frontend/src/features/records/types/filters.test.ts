import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../api/recordsApi';
import { filterKindOf, fromFilters, isActive, toFilters, type FilterState } from './filters';

const f = (name: string, type: string) => ({ name, type }) as FieldDef;
const fields = [f('name', 'text'), f('amount', 'money'), f('closeDate', 'date'), f('createdOn', 'datetime'), f('vip', 'bool'), f('contactIds', 'refs')];

describe('toFilters', () => {
  const cases: Array<{ name: string; state: FilterState; want: unknown[] }> = [
    { name: 'empty state', state: {}, want: [] },
    { name: 'blank text is ignored', state: { name: { op: 'contains', value: '' } }, want: [] },
    { name: 'contains keeps the text verbatim', state: { name: { op: 'contains', value: ' <b>Ana ' } }, want: [{ field: 'name', op: 'contains', value: ' <b>Ana ' }] },
    { name: 'starts', state: { name: { op: 'starts', value: 'An' } }, want: [{ field: 'name', op: 'starts', value: 'An' }] },
    { name: 'in sorts values', state: { stage: { op: 'in', values: ['won', 'lead'] } }, want: [{ field: 'stage', op: 'in', value: ['lead', 'won'] }] },
    { name: 'empty in is ignored', state: { stage: { op: 'in', values: [] } }, want: [] },
    { name: 'number range both ends', state: { amount: { op: 'range', min: 100, max: 500 } }, want: [
      { field: 'amount', op: 'gte', value: 100 }, { field: 'amount', op: 'lte', value: 500 }] },
    { name: 'range with zero lower bound', state: { amount: { op: 'range', min: 0, max: '' } }, want: [{ field: 'amount', op: 'gte', value: 0 }] },
    { name: 'date range', state: { closeDate: { op: 'range', max: '2026-12-31' } }, want: [{ field: 'closeDate', op: 'lte', value: '2026-12-31' }] },
    { name: 'datetime range covers whole days', state: { createdOn: { op: 'range', min: '2026-01-01', max: '2026-01-31' } }, want: [
      { field: 'createdOn', op: 'gte', value: '2026-01-01T00:00:00Z' }, { field: 'createdOn', op: 'lte', value: '2026-01-31T23:59:59Z' }] },
    { name: 'bool', state: { vip: { op: 'is', value: false } }, want: [{ field: 'vip', op: 'eq', value: false }] },
    { name: 'empty / not empty', state: { name: { op: 'empty' }, vip: { op: 'notempty' } }, want: [
      { field: 'name', op: 'empty', value: null }, { field: 'vip', op: 'notempty', value: null }] },
    { name: 'refs contains one id; the title is UI-only', state: { contactIds: { op: 'contains', value: 'c_1', label: 'Ana Ruiz' } }, want: [
      { field: 'contactIds', op: 'contains', value: 'c_1' }] },
    { name: 'refs with no record chosen is ignored', state: { contactIds: { op: 'contains', value: '' } }, want: [] },
    { name: 'refs empty', state: { contactIds: { op: 'empty' } }, want: [{ field: 'contactIds', op: 'empty', value: null }] },
    { name: 'sorted by field name', state: { vip: { op: 'is', value: true }, amount: { op: 'range', min: 1 } }, want: [
      { field: 'amount', op: 'gte', value: 1 }, { field: 'vip', op: 'eq', value: true }] },
  ];
  it.each(cases)('$name', ({ state, want }) => {
    expect(toFilters(state, fields)).toEqual(want);
  });

  it('round-trips through fromFilters', () => {
    const state: FilterState = {
      amount: { op: 'range', min: 5, max: 10 },
      closeDate: { op: 'range', min: '2026-01-01' },
      createdOn: { op: 'range', min: '2026-01-01', max: '2026-02-01' },
      name: { op: 'starts', value: 'A' },
      stage: { op: 'in', values: ['a', 'b'] },
      vip: { op: 'is', value: true },
      phone: { op: 'notempty' },
      contactIds: { op: 'contains', value: 'c_1' },
    };
    expect(fromFilters(toFilters(state, fields))).toEqual(state);
  });

  it('fromFilters tolerates null and drops unknown operators', () => {
    expect(fromFilters(null)).toEqual({});
    expect(fromFilters([{ field: 'x', op: 'regex', value: '.*' }])).toEqual({});
  });
});

describe('filterKindOf / isActive', () => {
  it.each([['text', 'text'], ['email', 'text'], ['enum', 'enum'], ['money', 'number'], ['datetime', 'date'], ['bool', 'bool'], ['ref', 'presence'], ['refs', 'refs'], ['tags', 'text']])(
    '%s → %s', (type, kind) => expect(filterKindOf({ type })).toBe(kind));
  it('treats undefined and blank as inactive', () => {
    expect(isActive(undefined)).toBe(false);
    expect(isActive({ op: 'range' })).toBe(false);
    expect(isActive({ op: 'empty' })).toBe(true);
  });
});
