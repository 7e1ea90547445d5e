import { baseOption, type ChartOption } from './chartOption';
import type { ChartPalette } from './chartPalette';

type KeyCount = { key: string; label: string; count: number };

/** Alerts by rule as a donut, biggest first, with a scrolling legend whose entries toggle slices. */
export function alertsByRuleOption(rows: readonly KeyCount[], palette: ChartPalette): ChartOption {
  const data = rows
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || (a.label || a.key).localeCompare(b.label || b.key))
    .map((row) => ({ name: row.label || row.key, value: row.count }));
  const base = baseOption(palette);
  return {
    ...base,
    color: palette.series,
    tooltip: { ...base.tooltip, trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { ...base.legend, type: 'scroll', orient: 'vertical', right: 0, top: 'middle', width: '42%' },
    series: [
      {
        type: 'pie',
        name: 'Alerts by rule',
        radius: ['48%', '74%'],
        center: ['28%', '50%'],
        avoidLabelOverlap: true,
        label: { show: false },
        itemStyle: { borderColor: palette.surface, borderWidth: 2 },
        emphasis: { label: { show: true, fontWeight: 'bold', color: palette.text, formatter: '{c}' } },
        data,
      },
    ],
  };
}
