import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../api/recordsApi';
import { changedValues, createValues } from './editDiff';
import { MASK } from './fieldSchema';
import { toFormValues } from './formValues';

const def = (name: string, type: string, over: Partial<FieldDef> = {}) => ({ name, type, label: name, options: [], ...over }) as FieldDef;
const fields = [
  def('name', 'text'),
  def('ssn', 'text', { sensitive: true }),
  def('salary', 'money', { sensitive: true }),
  def('amount', 'number'),
  def('tags', 'tags'),
  def('vip', 'bool'),
  def('score', 'number', { readOnly: true }),
  def('contactIds', 'refs', { ref: 'contacts' }),
];
const record = {
  values: { name: 'Ana', ssn: MASK, salary: MASK, amount: 10, tags: ['a'], vip: false, score: 3, contactIds: ['c1', 'hidden', 'c2'] },
  masked: ['ssn', 'salary'],
};

describe('changedValues', () => {
  const initial = toFormValues(fields, record);
  it('masked fields load as "••••"', () => {
    expect(initial.ssn).toBe(MASK);
    expect(initial.salary).toBe(MASK);
  });
  it('sends nothing when nothing changed', () => {
    expect(changedValues(fields, initial, { ...initial }, record.masked)).toEqual({});
  });
  it('sends only the changed values', () => {
    expect(changedValues(fields, initial, { ...initial, name: 'Ana María', tags: ['a', 'b'] }, record.masked)).toEqual({
      name: 'Ana María', tags: ['a', 'b'],
    });
  });
  it('never sends a masked field, even if the form value was altered', () => {
    const current = { ...initial, ssn: '123-45-6789', salary: 99 };
    expect(changedValues(fields, initial, current, record.masked)).toEqual({});
  });
  it('never sends "••••" as a value of an unmasked field', () => {
    expect(changedValues(fields, { ...initial, name: 'Ana' }, { ...initial, name: MASK }, [])).toEqual({});
  });
  it('clears a number with null and skips read-only fields', () => {
    expect(changedValues(fields, initial, { ...initial, amount: '', score: 9 }, record.masked)).toEqual({ amount: null });
  });
  it('keeps hostile text verbatim', () => {
    const evil = "=cmd|' /C calc'!A0 <img src=x onerror=alert(1)>";
    expect(changedValues(fields, initial, { ...initial, name: evil }, record.masked)).toEqual({ name: evil });
  });
});

describe('changedValues of a refs field', () => {
  const initial = toFormValues(fields, record);
  const diff = (contactIds: string[]) => changedValues(fields, initial, { ...initial, contactIds }, record.masked);
  it('a new order of the same records is not a change', () => {
    expect(diff(['c2', 'c1', 'hidden'])).toEqual({});
  });
  it('adding a record sends the whole list, the hidden id included', () => {
    expect(diff(['c1', 'hidden', 'c2', 'c3'])).toEqual({ contactIds: ['c1', 'hidden', 'c2', 'c3'] });
  });
  it('removing a hidden record sends the list without it', () => {
    expect(diff(['c1', 'c2'])).toEqual({ contactIds: ['c1', 'c2'] });
  });
  it('clearing sends an empty list', () => {
    expect(diff([])).toEqual({ contactIds: [] });
  });
});

describe('createValues', () => {
  it('sends a refs list only when it has ids', () => {
    expect(createValues(fields, { ...toFormValues(fields), name: 'Bo' })).toEqual({ name: 'Bo' });
    expect(createValues(fields, { ...toFormValues(fields), name: 'Bo', contactIds: ['c1'] })).toEqual({ name: 'Bo', contactIds: ['c1'] });
  });
  it('sends filled fields only and never "••••"', () => {
    const values = { ...toFormValues(fields), name: 'Bo', ssn: MASK, vip: true, amount: 0 };
    expect(createValues(fields, values)).toEqual({ name: 'Bo', vip: true, amount: 0 });
  });
});
