import { describe, expect, it } from 'vitest';
import { applyChoice, choiceOf, describeFilter, opLabel, operandKind, operatorChoices, operatorsFor, OPS_BY_TYPE } from './operators';

describe('operatorsFor', () => {
  it.each([
    { type: 'text', has: ['contains', 'startsWith', 'in'], not: ['lt', 'between', 'thisQuarter'] },
    { type: 'enum', has: ['eq', 'in', 'isEmpty'], not: ['contains', 'gt'] },
    { type: 'money', has: ['lt', 'between', 'in'], not: ['contains', 'lastNDays'] },
    { type: 'date', has: ['between', 'thisQuarter', 'lastNDays', 'nextNDays'], not: ['contains', 'in'] },
    { type: 'datetime', has: ['today', 'lastYear'], not: ['startsWith'] },
    { type: 'bool', has: ['eq', 'ne'], not: ['isEmpty', 'in'] },
    { type: 'tags', has: ['contains', 'notEmpty'], not: ['eq'] },
    { type: 'ref', has: ['eq', 'notIn'], not: ['contains'] },
  ])('$type fields', ({ type, has, not }) => {
    const ops = operatorsFor({ type, operators: [] });
    for (const op of has) expect(ops).toContain(op);
    for (const op of not) expect(ops).not.toContain(op);
  });

  it("follows the catalog's own list when it sends one, dropping operators the window does not know", () => {
    expect(operatorsFor({ type: 'text', operators: ['eq', 'fuzzy', 'contains'] })).toEqual(['eq', 'contains']);
  });

  it('is empty without a field', () => {
    expect(operatorsFor(undefined)).toEqual([]);
  });

  it('offers the same set for every text-like type', () => {
    expect(OPS_BY_TYPE.email).toEqual(OPS_BY_TYPE.text);
    expect(OPS_BY_TYPE.number).toEqual(OPS_BY_TYPE.money);
  });
});

describe('operandKind', () => {
  it.each([
    ['eq', 'single'], ['contains', 'single'], ['between', 'pair'], ['in', 'list'], ['notIn', 'list'],
    ['isEmpty', 'none'], ['thisQuarter', 'none'], ['lastNDays', 'days'], ['nextNDays', 'days'],
  ])('%s takes %s', (op, kind) => {
    expect(operandKind(op)).toBe(kind);
  });
});

describe('labels', () => {
  it('reads dates as before/after and numbers as less/greater', () => {
    expect(opLabel('lt', 'date')).toBe('is before');
    expect(opLabel('lt', 'number')).toBe('is less than');
    expect(opLabel('contains', 'tags')).toBe('has tag');
  });
  it('describes conditions as sentences', () => {
    expect(describeFilter({ field: 'outcome', op: 'eq', value: 'won' }, { label: 'Outcome', type: 'enum' })).toBe('Outcome is won');
    expect(describeFilter({ field: 'closedAt', op: 'lastNDays', n: 90 }, { label: 'Closed on', type: 'date' })).toBe('Closed on: last 90 days');
    expect(describeFilter({ field: 'outcome', op: 'in', values: ['won', 'lost'] }, { label: 'Outcome', type: 'enum' })).toBe('Outcome is any of won, lost');
  });
});

describe('operator choices with relative date presets', () => {
  it('groups date conditions and offers "This quarter" and "Last 90 days"', () => {
    const groups = operatorChoices({ type: 'date', operators: [] }) as { group: string; items: { value: string; label: string }[] }[];
    expect(groups.map((g) => g.group)).toEqual(['Compare', 'Relative period']);
    const relative = groups[1].items;
    expect(relative).toContainEqual({ value: 'thisQuarter', label: 'This quarter' });
    expect(relative).toContainEqual({ value: 'lastNDays:90', label: 'Last 90 days' });
    expect(relative).toContainEqual({ value: 'lastNDays', label: 'Last N days…' });
  });
  it('keeps non-date fields flat', () => {
    expect(operatorChoices({ type: 'bool', operators: [] })).toEqual([
      { value: 'eq', label: 'is' },
      { value: 'ne', label: 'is not' },
    ]);
  });
  it('shows a preset when N matches one, else the operator', () => {
    expect(choiceOf({ op: 'lastNDays', n: 90 })).toBe('lastNDays:90');
    expect(choiceOf({ op: 'lastNDays', n: 14 })).toBe('lastNDays');
    expect(choiceOf({ op: 'eq' })).toBe('eq');
  });
  it.each([
    { name: 'a preset sets N', from: { field: 'd', op: 'eq', value: '2026-01-01' }, choice: 'lastNDays:90', want: { field: 'd', op: 'lastNDays', n: 90 } },
    { name: 'a bare N-days keeps N', from: { field: 'd', op: 'lastNDays', n: 90 }, choice: 'nextNDays', want: { field: 'd', op: 'nextNDays', n: 90 } },
    { name: 'N defaults to 30', from: { field: 'd', op: 'eq' }, choice: 'lastNDays', want: { field: 'd', op: 'lastNDays', n: 30 } },
    { name: 'a single operand survives eq → ne', from: { field: 'x', op: 'eq', value: 'won' }, choice: 'ne', want: { field: 'x', op: 'ne', value: 'won' } },
    { name: 'a list survives in → notIn', from: { field: 'x', op: 'in', values: ['a'] }, choice: 'notIn', want: { field: 'x', op: 'notIn', values: ['a'] } },
    { name: 'the operand goes when the shape changes', from: { field: 'x', op: 'eq', value: 'won' }, choice: 'in', want: { field: 'x', op: 'in' } },
    { name: 'a period takes nothing', from: { field: 'd', op: 'eq', value: '2026-01-01' }, choice: 'thisQuarter', want: { field: 'd', op: 'thisQuarter' } },
  ])('$name', ({ from, choice, want }) => {
    expect(applyChoice(from, choice)).toEqual(want);
  });
});
