import { SEVERITIES, severityMeta } from '../types/alertMeta';
import { baseOption, dayAxes, type ChartOption } from './chartOption';
import type { ChartPalette } from './chartPalette';
import { countsOnAxis, dayRange } from './dayRange';

type DayCount = { day: string; key: string; count: number };

/**
 * Alerts per day stacked by severity (low at the bottom), one bar slot per
 * day of the range; severities the UI does not know get their own gray stack.
 */
export function alertsByDayOption(rows: readonly DayCount[], days: number, palette: ChartPalette, today = new Date()): ChartOption {
  const axis = dayRange(days, today, rows.map((row) => row.day));
  const extra = [...new Set(rows.map((row) => row.key))].filter((key) => !(SEVERITIES as readonly string[]).includes(key));
  const keys: string[] = [...SEVERITIES, ...extra];
  const base = baseOption(palette);
  return {
    ...base,
    ...dayAxes(axis, palette),
    tooltip: { ...base.tooltip, trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { ...base.legend, top: 0, left: 0 },
    series: keys.map((key) => ({
      type: 'bar',
      name: severityMeta(key).label,
      stack: 'alerts',
      barMaxWidth: 28,
      emphasis: { focus: 'series' },
      itemStyle: { color: palette.severity[key as keyof ChartPalette['severity']] ?? palette.dimmed },
      data: countsOnAxis(axis, rows, key),
    })),
  };
}
