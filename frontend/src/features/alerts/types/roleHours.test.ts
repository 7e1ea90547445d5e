import { describe, expect, it } from 'vitest';
import { formatHours, hourOptions, hoursLength, isHoursRule, validateHours } from './roleHours';
import { ruleSchema } from './ruleSchema';

describe('formatHours / hoursLength', () => {
  it.each([
    { from: 8, to: 18, text: '08:00–18:00', length: 10 },
    { from: 0, to: 24, text: '00:00–24:00', length: 24 },
    { from: 22, to: 6, text: '22:00–06:00 (overnight)', length: 8 },
    { from: 23, to: 1, text: '23:00–01:00 (overnight)', length: 2 },
    { from: 9, to: 9, text: '09:00–09:00', length: 0 },
  ])('$from–$to', ({ from, to, text, length }) => {
    expect(formatHours(from, to)).toBe(text);
    expect(hoursLength(from, to)).toBe(length);
  });
});

describe('validateHours', () => {
  it.each([
    { name: 'valid rows', rows: [{ roleId: 'r1', from: 8, to: 18 }, { roleId: 'r2', from: 22, to: 6 }], want: {} },
    { name: 'no role', rows: [{ roleId: '', from: 8, to: 18 }], want: { 'hours.0.roleId': 'Choose a role.' } },
    { name: 'same role twice', rows: [{ roleId: 'r1', from: 8, to: 18 }, { roleId: 'r1', from: 1, to: 2 }], want: { 'hours.1.roleId': 'This role already has hours.' } },
    { name: 'start equals end', rows: [{ roleId: 'r1', from: 9, to: 9 }], want: { 'hours.0.to': 'Must differ from the start.' } },
    { name: 'out of range', rows: [{ roleId: 'r1', from: 24, to: 0 }], want: { 'hours.0.from': 'From 00:00 to 23:00.', 'hours.0.to': 'From 01:00 to 24:00.' } },
    { name: 'not whole hours', rows: [{ roleId: 'r1', from: 8.5, to: 18 }], want: { 'hours.0.from': 'From 00:00 to 23:00.' } },
  ])('$name', ({ rows, want }) => {
    expect(validateHours(rows)).toEqual(want);
  });

  it('offers 24 starts and 24 ends', () => {
    expect(hourOptions('from').map((o) => o.value)).toEqual(Array.from({ length: 24 }, (_, i) => String(i)));
    expect(hourOptions('to').at(-1)).toEqual({ value: '24', label: '24:00' });
  });
});

describe('isHoursRule', () => {
  it.each([
    { rule: { id: 'signin.outside.hours', hours: null }, want: true },
    { rule: { id: 'x', hours: [] }, want: true },
    { rule: { id: 'signin.failed.burst.user', hours: null }, want: false },
  ])('$rule.id', ({ rule, want }) => {
    expect(isHoursRule(rule)).toBe(want);
  });
});

describe('ruleSchema', () => {
  const base = { enabled: true, threshold: 5, windowMinutes: 10, severity: 'high', action: 'lock', hours: [] };
  it.each([
    { name: 'valid', values: base, paths: [] },
    { name: 'no window is fine', values: { ...base, windowMinutes: 0 }, paths: [] },
    { name: 'threshold 0', values: { ...base, threshold: 0 }, paths: ['threshold'] },
    { name: 'negative window', values: { ...base, windowMinutes: -1 }, paths: ['windowMinutes'] },
    { name: 'unknown action', values: { ...base, action: 'delete' }, paths: ['action'] },
    { name: 'bad hours row', values: { ...base, hours: [{ roleId: '', from: 8, to: 8 }] }, paths: ['hours.0.roleId', 'hours.0.to'] },
  ])('$name', ({ values, paths }) => {
    const result = ruleSchema.safeParse(values);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.')).sort()).toEqual(paths);
  });
});
