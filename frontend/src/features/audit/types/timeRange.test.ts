import { describe, expect, it } from 'vitest';
import { dayOf, isRangePreset, resolveRange, toInstant } from './timeRange';

const now = Date.UTC(2026, 4, 20, 12, 0, 0); // 20 May 2026 12:00 UTC
const hoursBefore = (h: number) => new Date(now - h * 3_600_000).toISOString();

describe('resolveRange', () => {
  const cases: Array<[string, Parameters<typeof resolveRange>, { from: string; to: string }]> = [
    ['any time is unbounded', ['any', '2026-01-01', '', now], { from: '', to: '' }],
    ['last 24 hours', ['24h', '', '', now], { from: hoursBefore(24), to: '' }],
    ['last 7 days', ['7d', '', '', now], { from: hoursBefore(7 * 24), to: '' }],
    ['last 30 days', ['30d', '', '', now], { from: hoursBefore(30 * 24), to: '' }],
    [
      'custom days: to includes its whole day',
      ['custom', '2026-05-01', '2026-05-03', now],
      { from: new Date(2026, 4, 1).toISOString(), to: new Date(2026, 4, 4).toISOString() },
    ],
    ['custom open end', ['custom', '2026-05-01', '', now], { from: new Date(2026, 4, 1).toISOString(), to: '' }],
    [
      'custom instants from a link stay exact',
      ['custom', '2026-05-01T10:00:00Z', '2026-05-01T10:05:00Z', now],
      { from: '2026-05-01T10:00:00.000Z', to: '2026-05-01T10:05:00.000Z' },
    ],
    ['custom garbage does not filter', ['custom', 'yesterday-ish', '', now], { from: '', to: '' }],
  ];
  for (const [name, args, want] of cases) it(name, () => expect(resolveRange(...args)).toEqual(want));
});

describe('toInstant and dayOf', () => {
  it('reads days as local midnight', () => {
    expect(toInstant('2026-02-28')).toBe(new Date(2026, 1, 28).toISOString());
    expect(toInstant('2026-02-28', true)).toBe(new Date(2026, 2, 1).toISOString());
    expect(toInstant('  ')).toBe('');
  });
  it('shows an instant as its local day', () => {
    const instant = new Date(2026, 4, 1, 23, 30).toISOString();
    expect(dayOf(instant)).toBe('2026-05-01');
    expect(dayOf('2026-05-02')).toBe('2026-05-02');
    expect(dayOf('nonsense')).toBe('');
  });
  it('knows its presets', () => {
    expect(isRangePreset('7d')).toBe(true);
    expect(isRangePreset('1y')).toBe(false);
  });
});
