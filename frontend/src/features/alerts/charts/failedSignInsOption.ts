import { baseOption, dayAxes, type ChartOption } from './chartOption';
import type { ChartPalette } from './chartPalette';
import { countsOnAxis, dayRange } from './dayRange';

type DayCount = { day: string; count: number };

/** Failed sign-ins per day as a filled line over the whole range (days without failures read 0). */
export function failedSignInsOption(rows: readonly DayCount[], days: number, palette: ChartPalette, today = new Date()): ChartOption {
  const axis = dayRange(days, today, rows.map((row) => row.day));
  const base = baseOption(palette);
  return {
    ...base,
    ...dayAxes(axis, palette),
    tooltip: { ...base.tooltip, trigger: 'axis' },
    legend: { ...base.legend, top: 0, left: 0 },
    series: [
      {
        type: 'line',
        name: 'Failed sign-ins',
        smooth: 0.3,
        showSymbol: axis.length <= 31,
        symbolSize: 6,
        itemStyle: { color: palette.failed },
        lineStyle: { color: palette.failed, width: 2 },
        areaStyle: { color: palette.failed, opacity: 0.18 },
        data: countsOnAxis(axis, rows),
      },
    ],
  };
}
