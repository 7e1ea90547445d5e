import { describe, expect, it } from 'vitest';
import { alertsByDayOption } from './alertsByDayOption';
import { alertsByRuleOption } from './alertsByRuleOption';
import { failedSignInsOption } from './failedSignInsOption';
import { testPalette } from './testPalette';

const today = new Date(2026, 10, 30);
type Series = { name: string; type: string; stack?: string; data: number[]; itemStyle: { color: string } };

describe('alertsByDayOption', () => {
  const option = alertsByDayOption(
    [
      { day: '2026-11-30', key: 'critical', count: 1 },
      { day: '2026-11-28', key: 'low', count: 2 },
      { day: '2026-11-30', key: 'low', count: 3 },
      { day: '2026-11-29', key: 'weird', count: 5 },
    ],
    3,
    testPalette,
    today,
  );
  const series = option.series as Series[];

  it('has one slot per day of the range', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-11-28', '2026-11-29', '2026-11-30']);
  });
  it('stacks severities low to critical, then unknown keys', () => {
    expect(series.map((s) => s.name)).toEqual(['Low', 'Medium', 'High', 'Critical', 'weird']);
    expect(new Set(series.map((s) => s.stack))).toEqual(new Set(['alerts']));
  });
  it.each([
    { name: 'Low', data: [2, 0, 3], color: '#00f' },
    { name: 'Critical', data: [0, 0, 1], color: '#f00' },
    { name: 'weird', data: [0, 5, 0], color: '#777' },
  ])('$name counts and color', ({ name, data, color }) => {
    const s = series.find((x) => x.name === name);
    expect(s?.data).toEqual(data);
    expect(s?.itemStyle.color).toBe(color);
  });
  it('has an axis tooltip and a legend in the theme text color', () => {
    expect(option.tooltip).toMatchObject({ trigger: 'axis' });
    expect(option.legend).toMatchObject({ textStyle: { color: '#111' } });
  });
});

describe('alertsByRuleOption', () => {
  it('is a donut, biggest first, without empty rules; labels fall back to keys', () => {
    const option = alertsByRuleOption(
      [
        { key: 'a', label: 'Mass export', count: 2 },
        { key: 'b', label: '', count: 7 },
        { key: 'c', label: 'Odd hours', count: 0 },
      ],
      testPalette,
    );
    const [pie] = option.series as { type: string; radius: string[]; data: { name: string; value: number }[] }[];
    expect(pie.type).toBe('pie');
    expect(pie.radius).toHaveLength(2);
    expect(pie.data).toEqual([
      { name: 'b', value: 7 },
      { name: 'Mass export', value: 2 },
    ]);
    expect(option.legend).toMatchObject({ type: 'scroll' });
  });
});

describe('failedSignInsOption', () => {
  it('is a filled line over every day of the range', () => {
    const option = failedSignInsOption([{ day: '2026-11-29', count: 6 }], 7, testPalette, today);
    const [line] = option.series as (Series & { areaStyle: unknown })[];
    expect(line.type).toBe('line');
    expect(line.areaStyle).toBeTruthy();
    expect(line.data).toEqual([0, 0, 0, 0, 0, 6, 0]);
    expect(line.itemStyle.color).toBe('#e00');
  });
});
