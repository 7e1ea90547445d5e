import { describe, expect, it } from 'vitest';
import { countsOnAxis, dayRange, isoDay } from './dayRange';

describe('dayRange', () => {
  const today = new Date(2026, 2, 2); // 2 March 2026, local
  it.each([
    { name: 'ends today, oldest first', days: 3, seen: [], want: ['2026-02-28', '2026-03-01', '2026-03-02'] },
    { name: 'one day', days: 1, seen: [], want: ['2026-03-02'] },
    { name: 'a later day from the backend moves the end', days: 2, seen: ['2026-03-03'], want: ['2026-03-02', '2026-03-03'] },
    { name: 'garbage days are ignored', days: 1, seen: ['not-a-day', '9999'], want: ['2026-03-02'] },
    { name: 'zero days still gives today', days: 0, seen: [], want: ['2026-03-02'] },
  ])('$name', ({ days, seen, want }) => {
    expect(dayRange(days, today, seen)).toEqual(want);
  });

  it('gives 90 distinct consecutive days across month ends', () => {
    const axis = dayRange(90, today);
    expect(axis).toHaveLength(90);
    expect(new Set(axis).size).toBe(90);
    expect(axis.at(-1)).toBe(isoDay(today));
  });
});

describe('countsOnAxis', () => {
  const axis = ['2026-03-01', '2026-03-02'];
  const rows = [
    { day: '2026-03-01', key: 'high', count: 2 },
    { day: '2026-03-01', key: 'low', count: 1 },
    { day: '2026-03-02', key: 'high', count: 4 },
    { day: '2026-02-01', key: 'high', count: 9 }, // off the axis
  ];
  it.each([
    { name: 'all keys summed', key: undefined, want: [3, 4] },
    { name: 'one key', key: 'high', want: [2, 4] },
    { name: 'a key with no rows', key: 'critical', want: [0, 0] },
  ])('$name', ({ key, want }) => {
    expect(countsOnAxis(axis, rows, key)).toEqual(want);
  });
});
