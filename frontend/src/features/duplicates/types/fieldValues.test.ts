import { describe, expect, it } from 'vitest';
import { displayValue, emptyApiValue, isEmptyValue, sameValue } from './fieldValues';

const rec = (values: Record<string, unknown>) => ({ values, refs: { companyId: 'Globex' }, refTitles: { d1: 'Big deal' } });

describe('which values are identical', () => {
  it.each([
    ['text', 'Ann ', 'Ann', true],
    ['text', 'Ann', 'ann', false],
    ['text', '', undefined, true],
    ['tags', ['b', 'a'], ['a', 'b'], true],
    ['tags', ['a'], ['a', 'b'], false],
    ['bool', undefined, false, true],
    ['bool', true, false, false],
    ['money', 10, 10, true],
    ['money', null, 0, false],
  ])('%s: %o vs %o → %s', (type, a, b, same) => expect(sameValue({ type }, a, b)).toBe(same));
});

describe('isEmptyValue / emptyApiValue', () => {
  it('treats blank text and empty lists as empty, never false', () => {
    expect([null, undefined, '  ', []].every(isEmptyValue)).toBe(true);
    expect(isEmptyValue(false)).toBe(false);
    expect(isEmptyValue(0)).toBe(false);
  });

  it('clears each type its own way', () => {
    expect(emptyApiValue({ type: 'money' })).toBeNull();
    expect(emptyApiValue({ type: 'tags' })).toEqual([]);
    expect(emptyApiValue({ type: 'bool' })).toBe(false);
    expect(emptyApiValue({ type: 'email' })).toBe('');
  });
});

describe('displayValue', () => {
  it('shows titles of refs, lists, bools and a dash for empty', () => {
    expect(displayValue({ name: 'companyId', type: 'ref' }, rec({ companyId: 'c1' }))).toBe('Globex');
    expect(displayValue({ name: 'dealIds', type: 'refs' }, rec({ dealIds: ['d1', 'd2'] }))).toBe('Big deal, d2');
    expect(displayValue({ name: 'tags', type: 'tags' }, rec({ tags: ['vip', 'eu'] }))).toBe('vip, eu');
    expect(displayValue({ name: 'optIn', type: 'bool' }, rec({}))).toBe('No');
    expect(displayValue({ name: 'email', type: 'email' }, rec({ email: '' }))).toBe('—');
    expect(displayValue({ name: 'phone', type: 'phone' }, rec({ phone: '••••' }))).toBe('••••');
  });
});
