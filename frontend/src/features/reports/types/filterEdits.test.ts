import { describe, expect, it } from 'vitest';
import { dealFields } from '../test/dealFields';
import { withField } from './filterEdits';
import { listOperands, numberOperand } from './operandValues';

const field = (key: string) => dealFields.find((f) => f.key === key)!;

describe('changing a filter field', () => {
  it('keeps the condition and value for a field of the same type', () => {
    expect(withField({ field: 'outcome', op: 'in', values: ['won'] }, field('product'), field('outcome'))).toEqual({ field: 'product', op: 'in', values: ['won'] });
  });
  it('keeps a condition the new field accepts, without the old value', () => {
    expect(withField({ field: 'outcome', op: 'eq', value: 'won' }, field('probability'), field('outcome'))).toEqual({ field: 'probability', op: 'eq' });
  });
  it("falls back to the new field's first condition", () => {
    expect(withField({ field: 'name', op: 'contains', value: 'x' }, field('closedAt'), field('name'))).toEqual({ field: 'closedAt', op: 'eq' });
    expect(withField({ field: 'name', op: 'contains', value: 'x' }, field('won'), field('name'))).toEqual({ field: 'won', op: 'eq' });
  });
  it('keeps N of a relative period between date fields', () => {
    expect(withField({ field: 'closedAt', op: 'lastNDays', n: 90 }, field('createdAt'), field('closedAt'))).toEqual({ field: 'createdAt', op: 'lastNDays', n: 90 });
  });
});

describe('operand values', () => {
  it('reads number inputs', () => {
    expect(numberOperand(12)).toBe(12);
    expect(numberOperand('1,200')).toBe(1200);
    expect(numberOperand('')).toBe('');
  });
  it('types list values by field type', () => {
    expect(listOperands('money', ['10', ' 2,500 ', ''])).toEqual([10, 2500]);
    expect(listOperands('enum', [' won ', 'lost'])).toEqual(['won', 'lost']);
  });
});
