import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ChartPalette } from './chartPalette';

/** The option type of every chart on the security dashboard (only the modules registered in echartsSetup). */
export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** Shared pieces: transparent background, theme text, a themed tooltip and a toggleable legend. */
export function baseOption(palette: ChartPalette) {
  return {
    backgroundColor: 'transparent',
    textStyle: { color: palette.text, fontFamily: 'inherit' },
    tooltip: {
      backgroundColor: palette.surface,
      borderColor: palette.border,
      textStyle: { color: palette.text },
      confine: true,
    },
    legend: { textStyle: { color: palette.text }, inactiveColor: palette.dimmed, icon: 'roundRect', itemWidth: 12, itemHeight: 12 },
  } satisfies ChartOption;
}

/** A category axis of days plus a value axis of whole counts, styled for the scheme. */
export function dayAxes(days: readonly string[], palette: ChartPalette) {
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category' as const,
      data: [...days],
      axisLine: { lineStyle: { color: palette.grid } },
      axisTick: { show: false },
      axisLabel: { color: palette.dimmed, hideOverlap: true, formatter: formatDayLabel },
    },
    yAxis: {
      type: 'value' as const,
      minInterval: 1,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.dimmed },
    },
  } satisfies ChartOption;
}

/** "2026-11-30" → "Nov 30" in the user's locale (the raw text when it is not a date). */
export function formatDayLabel(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}
