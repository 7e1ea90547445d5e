import { describe, expect, it } from 'vitest';
import { changePercent, EMPTY_GROUP, EMPTY_VALUE, formatAxisValue, formatChange, formatGroupKey, formatJobProgress, formatValue } from './format';

const L = 'en-US';

describe('formatValue by column kind', () => {
  it.each([
    { value: 1234.5, kind: 'number', want: '1,234.5' },
    { value: 3, kind: 'number', want: '3' },
    { value: 25000, kind: 'money', want: '25,000.00' },
    { value: 1234.567, kind: 'money', want: '1,234.57' },
    { value: 42.456, kind: 'percent', want: '42.5%' },
    { value: 100, kind: 'percent', want: '100%' },
    { value: '2026-03-04', kind: 'date', want: 'Mar 4, 2026' },
    { value: true, kind: 'bool', want: 'Yes' },
    { value: false, kind: 'bool', want: 'No' },
    { value: ['vip', 'emea'], kind: 'text', want: 'vip, emea' },
    { value: 'won', kind: 'text', want: 'won' },
    { value: null, kind: 'money', want: EMPTY_VALUE },
    { value: '', kind: 'text', want: EMPTY_VALUE },
    { value: [], kind: 'text', want: EMPTY_VALUE },
    { value: 'not a date', kind: 'date', want: 'not a date' },
  ])('$kind $value → $want', ({ value, kind, want }) => {
    expect(formatValue(value, kind, L)).toBe(want);
  });

  it('formats datetimes in local time', () => {
    const text = formatValue('2026-03-04T10:00:00.000Z', 'datetime', L);
    expect(text).toMatch(/^Mar [45], 2026, \d{2}:\d{2} (AM|PM)$/);
  });
});

describe('formatGroupKey', () => {
  it.each([
    { value: null, kind: 'text', bucket: undefined, want: EMPTY_GROUP },
    { value: '2026-W48', kind: 'text', bucket: 'week', want: 'Week 48, 2026' },
    { value: '2026-03', kind: 'text', bucket: 'month', want: 'Mar 2026' },
    { value: '2026-Q4', kind: 'text', bucket: 'quarter', want: 'Q4 2026' },
    { value: '2026', kind: 'text', bucket: 'year', want: '2026' },
    { value: '2026-03-05', kind: 'date', bucket: 'day', want: 'Mar 5, 2026' },
    { value: true, kind: 'bool', bucket: undefined, want: 'Yes' },
    { value: 'Qualification', kind: 'text', bucket: undefined, want: 'Qualification' },
  ])('$bucket $value → $want', ({ value, kind, bucket, want }) => {
    expect(formatGroupKey(value, kind, bucket, L)).toBe(want);
  });
});

describe('axis values, changes and progress', () => {
  it('abbreviates big axis values', () => {
    expect(formatAxisValue(1500, 'money', L)).toBe('1.5K');
    expect(formatAxisValue(2_000_000, 'number', L)).toBe('2M');
    expect(formatAxisValue(50, 'percent', L)).toBe('50%');
  });
  it.each([
    { cur: 150, prev: 100, want: 50 },
    { cur: 50, prev: 100, want: -50 },
    { cur: 5, prev: 0, want: null },
    { cur: null, prev: 3, want: null },
  ])('change $prev → $cur', ({ cur, prev, want }) => {
    expect(changePercent(cur, prev)).toBe(want);
  });
  it('writes changes with a sign', () => {
    expect(formatChange(12.345, L)).toBe('+12.3%');
    expect(formatChange(-3, L)).toBe('−3%');
    expect(formatChange(0, L)).toBe('±0%');
  });
  it('describes job progress', () => {
    expect(formatJobProgress({ done: 0, total: 0, percent: null })).toBe('Preparing…');
    expect(formatJobProgress({ done: 1200, total: 5000, percent: 24 })).toBe('1,200 of 5,000 rows (24%)');
  });
});
