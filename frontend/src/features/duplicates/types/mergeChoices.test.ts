import { describe, expect, it } from 'vitest';
import type { FieldDef, MergeRecord } from './duplicateTypes';
import { buildRows, defaultChoice, displayNames, effectiveChoices, mergeValues, takenRows } from './mergeChoices';

const field = (name: string, type = 'text', extra: Partial<FieldDef> = {}) =>
  ({ name, label: name, type, required: false, maxLen: 0, options: [], ref: '', sensitive: false, sortable: false, filterable: false, inList: false, readOnly: false, ...extra }) as FieldDef;
const record = (id: string, values: Record<string, unknown>, masked: string[] = []): MergeRecord => ({ id, title: id, values, masked, refs: {}, refTitles: {}, ownerName: '', createdAt: '', updatedAt: '' });

const fields = [
  field('lastName'),
  field('email', 'email'),
  field('phone', 'phone'),
  field('title'),
  field('tags', 'tags'),
  field('optIn', 'bool'),
  field('personalPhone', 'phone', { sensitive: true }),
  field('convertedAt', 'datetime', { readOnly: true }),
  field('amount', 'money'),
];
const left = record('a', { lastName: 'Lee', email: 'ann@x.io', phone: '', title: 'CEO', tags: ['b', 'a'], personalPhone: '••••', convertedAt: '2025-01-01T00:00:00Z', amount: 10 }, ['personalPhone']);
const right = record('b', { lastName: 'Lee ', email: 'ann.lee@x.io', phone: '+1 555 0100', tags: ['a', 'b'], optIn: false, personalPhone: '••••', amount: null }, ['personalPhone']);
const rows = buildRows(fields, left, right);
const kind = (name: string) => rows.find((r) => r.field.name === name)?.kind;

describe('buildRows', () => {
  it('classifies each field', () => {
    expect(kind('lastName')).toBe('same'); // trimmed text compares equal
    expect(kind('email')).toBe('choice');
    expect(kind('phone')).toBe('choice');
    expect(kind('title')).toBe('choice');
    expect(kind('tags')).toBe('same'); // order is not a difference
    expect(kind('optIn')).toBe('same'); // missing bool = false
    expect(kind('personalPhone')).toBe('locked');
    expect(kind('convertedAt')).toBe('locked');
    expect(kind('amount')).toBe('choice');
  });

  it('marks fields empty in both as blank', () => {
    const [row] = buildRows([field('address')], record('a', {}), record('b', { address: '  ' }));
    expect(row.kind).toBe('blank');
  });

  it('says why a row is locked', () => {
    expect(rows.find((r) => r.field.name === 'personalPhone')?.lock).toBe('masked');
    expect(rows.find((r) => r.field.name === 'convertedAt')?.lock).toBe('readOnly');
  });
});

describe('default choices', () => {
  const row = (name: string) => rows.find((r) => r.field.name === name)!;
  it("keeps the survivor's value unless it is empty", () => {
    expect(defaultChoice(row('email'), 'left')).toBe('left');
    expect(defaultChoice(row('phone'), 'left')).toBe('right'); // survivor's phone is empty
    expect(defaultChoice(row('title'), 'right')).toBe('left'); // survivor (right) has no title
    expect(defaultChoice(row('amount'), 'right')).toBe('left');
    expect(defaultChoice(row('lastName'), 'right')).toBe('right');
  });
});

describe('survivor swap', () => {
  it('moves untouched rows to the new survivor and keeps picked ones', () => {
    const picked = { email: 'right' as const };
    expect(effectiveChoices(rows, 'left', picked)).toEqual({ email: 'right', phone: 'right', title: 'left', amount: 'left' });
    expect(effectiveChoices(rows, 'right', picked)).toEqual({ email: 'right', phone: 'right', title: 'left', amount: 'left' });
    expect(effectiveChoices(rows, 'right', {})).toEqual({ email: 'right', phone: 'right', title: 'left', amount: 'left' });
    expect(effectiveChoices(rows, 'left', {})).toEqual({ email: 'left', phone: 'right', title: 'left', amount: 'left' });
  });
});

describe('mergeValues', () => {
  it("sends only the other record's chosen values", () => {
    const choices = effectiveChoices(rows, 'left', { email: 'right' });
    expect(mergeValues(rows, 'left', choices)).toEqual({ email: 'ann.lee@x.io', phone: '+1 555 0100' });
    expect(takenRows(rows, 'left', choices).map((r) => r.field.name)).toEqual(['email', 'phone']);
  });

  it('clears a field when the chosen value is empty', () => {
    const choices = effectiveChoices(rows, 'left', { title: 'right', amount: 'right' });
    expect(mergeValues(rows, 'left', choices)).toEqual({ phone: '+1 555 0100', title: '', amount: null });
  });

  it('never sends locked or identical fields', () => {
    const choices = effectiveChoices(rows, 'right', { personalPhone: 'left', lastName: 'left', tags: 'left' });
    const values = mergeValues(rows, 'right', choices);
    expect(values).not.toHaveProperty('personalPhone');
    expect(values).not.toHaveProperty('lastName');
    expect(values).not.toHaveProperty('tags');
    expect(values).toEqual({ title: 'CEO', amount: 10 });
  });
});

describe('displayNames', () => {
  it('numbers records with the same title', () => {
    expect(displayNames('Ann Lee', 'ann lee')).toEqual(['Ann Lee (1)', 'ann lee (2)']);
    expect(displayNames('Ann Lee', 'Ann Li')).toEqual(['Ann Lee', 'Ann Li']);
    expect(displayNames('', '')).toEqual(['(untitled) (1)', '(untitled) (2)']);
    expect(displayNames('Ann Lee', 'Ann Lee', [3, 1])).toEqual(['Ann Lee (3)', 'Ann Lee (1)']);
  });
});
