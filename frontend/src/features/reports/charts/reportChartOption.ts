import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatAxisValue, formatGroupKey, formatValue } from '../types/format';
import { keyId } from '../types/summaryLines';
import type { ReportGroup, ReportResult, ResultColumn } from '../types/reportTypes';
import type { ChartPalette } from './chartPalette';

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** One bar: its value and the group values a click drills into (none for a previous-period bar). */
export type ChartDatum = { value: number | null; groupValues?: unknown[] };

/** How a result is drawn. */
export type ChartShape = 'none' | 'bars' | 'stacked' | 'grouped';

const toNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** Stacking adds bars up: only meaningful for counts and sums. */
const stacks = (agg: string | undefined) => agg === 'count' || agg === 'sum';

/**
 * The chart a result calls for: none for tables and ungrouped summaries,
 * bars for one group (one series per aggregate), stacked bars for counts
 * and sums over two groups or a matrix, grouped bars for averages,
 * minimums, maximums and percents there.
 */
export function chartShape(result: Pick<ReportResult, 'format' | 'columns'>, measure = 0): ChartShape {
  const groups = result.columns.filter((c) => c.group).length;
  if (result.format === 'tabular' || groups === 0) return 'none';
  if (groups === 1) return 'bars';
  const aggs = result.columns.filter((c) => !c.group);
  return stacks(aggs[measure]?.agg ?? aggs[0]?.agg) ? 'stacked' : 'grouped';
}

function baseOption(palette: ChartPalette) {
  return {
    backgroundColor: 'transparent',
    color: palette.series,
    textStyle: { color: palette.text, fontFamily: 'inherit' },
    tooltip: {
      trigger: 'axis' as const,
      axisPointer: { type: 'shadow' as const },
      backgroundColor: palette.surface,
      borderColor: palette.border,
      textStyle: { color: palette.text },
      confine: true,
    },
    legend: {
      type: 'scroll' as const,
      top: 0,
      left: 0,
      textStyle: { color: palette.text },
      inactiveColor: palette.dimmed,
      icon: 'roundRect',
      itemWidth: 12,
      itemHeight: 12,
    },
    grid: { left: 8, right: 16, top: 44, bottom: 8, containLabel: true },
  } satisfies ChartOption;
}

function categoryAxis(labels: string[], palette: ChartPalette) {
  return {
    type: 'category' as const,
    data: labels,
    axisLine: { lineStyle: { color: palette.grid } },
    axisTick: { show: false },
    axisLabel: { color: palette.dimmed, hideOverlap: true, rotate: labels.length > 8 ? 30 : 0, width: 140, overflow: 'truncate' as const },
  };
}

function valueAxis(kind: string, palette: ChartPalette, index: number, counts = false) {
  return {
    type: 'value' as const,
    // counts are whole numbers: no "1.5" ticks
    ...(counts ? { minInterval: 1 } : {}),
    position: index === 0 ? ('left' as const) : ('right' as const),
    offset: index > 1 ? 64 * (index - 1) : 0,
    splitLine: { show: index === 0, lineStyle: { color: palette.grid } },
    axisLabel: { color: palette.dimmed, formatter: (v: number) => formatAxisValue(v, kind) },
    ...(kind === 'percent' ? { max: (e: { max: number }) => Math.max(100, Math.ceil(e.max)) } : {}),
  };
}

/** A bar series for one aggregate column, its tooltip values formatted by kind. */
function series(name: string, column: ResultColumn, data: ChartDatum[], extra: Partial<BarSeriesOption> = {}): BarSeriesOption {
  return {
    type: 'bar',
    name,
    data,
    barMaxWidth: 48,
    emphasis: { focus: 'series' },
    cursor: 'pointer',
    tooltip: { valueFormatter: (v) => formatValue(Array.isArray(v) ? v[0] : v, column.kind) },
    ...extra,
  };
}

/** Bars per first-group key, one series per aggregate; kinds get their own value axis (count left, money right…). */
function oneGroupOption(result: ReportResult, groups: readonly ReportGroup[], palette: ChartPalette): ChartOption {
  const [groupCol] = result.columns;
  const aggs = result.columns.slice(1);
  const labels = result.rows.map((r) => formatGroupKey(r[0], groupCol.kind, groups[0]?.bucket));
  const kinds = [...new Set(aggs.map((c) => c.kind))];
  const out: (BarSeriesOption | LineSeriesOption)[] = aggs.map((col, i) => {
    const data = result.rows.map((r) => ({ value: toNumber(r[i + 1]), groupValues: [r[0]] }));
    const yAxisIndex = kinds.indexOf(col.kind);
    if (col.kind === 'percent' && kinds.length > 1) {
      return {
        type: 'line', name: col.label, data, yAxisIndex, symbolSize: 8, cursor: 'pointer',
        tooltip: { valueFormatter: (v) => formatValue(Array.isArray(v) ? v[0] : v, col.kind) },
      } satisfies LineSeriesOption;
    }
    return series(col.label, col, data, { yAxisIndex });
  });
  // The previous period (Spec.compare) beside the first aggregate, matched by group key; not drillable.
  const prev = result.previous;
  if (prev && aggs.length > 0) {
    const byKey = new Map(prev.rows.map((r) => [keyId(r[0]), r[1]]));
    out.push(
      series(`${aggs[0].label} (previous period)`, aggs[0], result.rows.map((r) => ({ value: toNumber(byKey.get(keyId(r[0]))) })), {
        yAxisIndex: 0,
        itemStyle: { color: palette.dimmed, opacity: 0.6 },
        cursor: 'default',
      }),
    );
  }
  return {
    ...baseOption(palette),
    grid: { left: 8, right: kinds.length > 2 ? 80 : 16, top: 44, bottom: 8, containLabel: true },
    xAxis: categoryAxis(labels, palette),
    yAxis: kinds.map((kind, i) => valueAxis(kind, palette, i, aggs.filter((c) => c.kind === kind).every((c) => c.agg === 'count'))),
    series: out,
  };
}

/** Bars per row key with one series per column key (stacked or side by side). */
function crossOption(
  rowKeys: readonly unknown[],
  colKeys: readonly unknown[],
  cell: (r: number, c: number) => unknown,
  rowCol: ResultColumn,
  colCol: ResultColumn,
  measure: ResultColumn,
  groups: readonly ReportGroup[],
  palette: ChartPalette,
): ChartOption {
  const stacked = stacks(measure.agg);
  return {
    ...baseOption(palette),
    xAxis: categoryAxis(rowKeys.map((k) => formatGroupKey(k, rowCol.kind, groups[0]?.bucket)), palette),
    yAxis: valueAxis(measure.kind, palette, 0, measure.agg === 'count'),
    series: colKeys.map((ck, c) =>
      series(
        formatGroupKey(ck, colCol.kind, groups[1]?.bucket),
        measure,
        rowKeys.map((rk, r) => ({ value: toNumber(cell(r, c)), groupValues: [rk, ck] })),
        stacked ? { stack: 'total' } : {},
      ),
    ),
  };
}

/**
 * The ECharts option for a grouped result, or null when it has nothing to
 * chart. `measure` picks the aggregate drawn when there are two groups.
 * Every drillable bar carries its groupValues (see ChartDatum).
 */
export function reportChartOption(
  result: ReportResult,
  groups: readonly ReportGroup[],
  palette: ChartPalette,
  measure = 0,
): ChartOption | null {
  const shape = chartShape(result, measure);
  if (shape === 'none' || result.rows.length === 0) return null;
  if (shape === 'bars') return oneGroupOption(result, groups, palette);
  const [rowCol, colCol] = result.columns;
  const aggs = result.columns.slice(2);
  if (result.matrix) {
    const m = result.matrix;
    return crossOption(m.rowKeys, m.colKeys, (r, c) => m.cells[r]?.[c], rowCol, colCol, aggs[0], groups, palette);
  }
  const index = Math.min(Math.max(0, measure), aggs.length - 1);
  const rowKeys: unknown[] = [];
  const colKeys: unknown[] = [];
  const values = new Map<string, unknown>();
  for (const row of result.rows) {
    if (!rowKeys.some((k) => keyId(k) === keyId(row[0]))) rowKeys.push(row[0]);
    if (!colKeys.some((k) => keyId(k) === keyId(row[1]))) colKeys.push(row[1]);
    values.set(`${keyId(row[0])}|${keyId(row[1])}`, row[2 + index]);
  }
  return crossOption(
    rowKeys,
    colKeys,
    (r, c) => values.get(`${keyId(rowKeys[r])}|${keyId(colKeys[c])}`) ?? null,
    rowCol,
    colCol,
    aggs[index],
    groups,
    palette,
  );
}

/** The group values of a clicked chart item, or null when it does not drill (e.g. a previous-period bar). */
export function groupValuesOfClick(params: { data?: unknown }): unknown[] | null {
  const data = params.data as ChartDatum | undefined;
  return data && Array.isArray(data.groupValues) ? data.groupValues : null;
}
