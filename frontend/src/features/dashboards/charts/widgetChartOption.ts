import type { BarSeriesOption, FunnelSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ReportResult, ResultColumn } from '../types/dashboardTypes';
import { formatCompact, formatGroupKey, formatValue, toNumber } from '../types/format';
import type { ChartPalette } from './chartPalette';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | FunnelSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** One bar, point or slice: its value and the group values a click drills into (none: not drillable). */
export type ChartDatum = { value: number | null; name?: string; groupValues?: unknown[] };

type XYSeries = BarSeriesOption | LineSeriesOption;

/** Chart types drawn on x/y axes. */
const XY_TYPES = new Set(['bar', 'line', 'area']);
/** Chart types of one series of slices. */
const SLICE_TYPES = new Set(['pie', 'donut', 'funnel']);

/** Whether a widget type is drawn as an ECharts chart (kpi and table are not). */
export function isChartType(type: string): boolean {
  return XY_TYPES.has(type) || SLICE_TYPES.has(type);
}

/** The group columns and aggregate columns of a result. */
export function splitColumns(result: Pick<ReportResult, 'columns'>): { groups: ResultColumn[]; measures: ResultColumn[] } {
  return { groups: result.columns.filter((c) => c.group), measures: result.columns.filter((c) => !c.group) };
}

function base(palette: ChartPalette, legend: boolean) {
  return {
    backgroundColor: 'transparent',
    color: palette.series,
    animationDuration: 400,
    textStyle: { color: palette.text, fontFamily: 'inherit' },
    tooltip: {
      backgroundColor: palette.surface,
      borderColor: palette.border,
      textStyle: { color: palette.text },
      confine: true,
    },
    legend: {
      show: legend,
      type: 'scroll' as const,
      top: 0,
      left: 0,
      right: 0,
      textStyle: { color: palette.text },
      inactiveColor: palette.dimmed,
      pageTextStyle: { color: palette.dimmed },
      icon: 'roundRect',
      itemWidth: 12,
      itemHeight: 12,
    },
  } satisfies ChartOption;
}

const valueFormatter = (kind: string) => (v: unknown) => formatValue(Array.isArray(v) ? v[0] : v, kind);

/**
 * The ECharts option of a chart widget, or null when there is nothing to
 * draw (no rows, no group, or a type that is not a chart). Every drillable
 * item carries its group values (see ChartDatum); legends toggle series.
 *  - pie, donut, funnel: one slice per group key, of the first aggregate
 *    (the funnel keeps the result's order: stages in pipeline order);
 *  - bar, line, area over one group: one series per aggregate, each kind on
 *    its own value axis (a percent among others is drawn as a line);
 *  - over two groups (a matrix, or a summary with two groups): one series per
 *    second-group key of the first aggregate, stacked when `stacked`.
 */
export function widgetChartOption(type: string, result: ReportResult, palette: ChartPalette, stacked = false): ChartOption | null {
  const { groups, measures } = splitColumns(result);
  const empty = result.matrix ? result.matrix.rowKeys.length === 0 : result.rows.length === 0;
  if (empty || groups.length === 0 || measures.length === 0) return null;
  if (SLICE_TYPES.has(type)) return sliceOption(type, result, groups[0], measures[0], groups.length, palette);
  if (!XY_TYPES.has(type)) return null;
  if (result.matrix || groups.length >= 2) return crossOption(type, result, groups, measures[0], palette, stacked);
  return oneGroupOption(type, result, groups[0], measures, palette);
}

function sliceOption(type: string, result: ReportResult, group: ResultColumn, measure: ResultColumn, groupCount: number, palette: ChartPalette): ChartOption {
  const at = groupCount; // the first aggregate follows the group keys
  const data = result.rows.map((r) => ({
    name: formatGroupKey(r[0], group.kind),
    value: toNumber(r[at]) ?? 0,
    groupValues: [r[0]],
  }));
  const tooltip = {
    trigger: 'item' as const,
    formatter: (p: unknown) => {
      const item = p as { name?: string; value?: unknown; percent?: number; marker?: string };
      const share = type === 'funnel' || item.percent === undefined ? '' : ` (${item.percent.toFixed(1)}%)`;
      return `${item.marker ?? ''}${escapeHtml(item.name ?? '')}: <b>${escapeHtml(formatValue(item.value, measure.kind))}</b>${share}`;
    },
  };
  const common = base(palette, true);
  if (type === 'funnel') {
    return {
      ...common,
      tooltip: { ...common.tooltip, ...tooltip },
      series: [
        {
          type: 'funnel',
          name: measure.label,
          data,
          sort: 'none',
          gap: 2,
          left: '8%',
          right: '8%',
          top: 36,
          bottom: 8,
          minSize: '8%',
          cursor: 'pointer',
          label: { show: true, position: 'inside', color: '#fff', formatter: (p) => `${p.name}: ${formatCompact(Number(p.value ?? 0), measure.kind)}` },
          itemStyle: { borderColor: palette.surface, borderWidth: 1 },
        },
      ],
    };
  }
  return {
    ...common,
    tooltip: { ...common.tooltip, ...tooltip },
    series: [
      {
        type: 'pie',
        name: measure.label,
        data,
        radius: type === 'donut' ? ['42%', '68%'] : [0, '68%'],
        center: ['50%', '56%'],
        avoidLabelOverlap: true,
        cursor: 'pointer',
        label: { show: data.length <= 8, color: palette.text, formatter: '{b}: {d}%' },
        labelLine: { lineStyle: { color: palette.dimmed } },
        itemStyle: { borderColor: palette.surface, borderWidth: 1 },
      },
    ],
  };
}

function categoryAxis(labels: string[], palette: ChartPalette) {
  return {
    type: 'category' as const,
    data: labels,
    axisLine: { lineStyle: { color: palette.grid } },
    axisTick: { show: false },
    axisLabel: { color: palette.dimmed, hideOverlap: true, width: 110, overflow: 'truncate' as const },
  };
}

function valueAxis(kind: string, palette: ChartPalette, index: number, counts: boolean) {
  return {
    type: 'value' as const,
    ...(counts ? { minInterval: 1 } : {}),
    position: index === 0 ? ('left' as const) : ('right' as const),
    offset: index > 1 ? 56 * (index - 1) : 0,
    splitLine: { show: index === 0, lineStyle: { color: palette.grid } },
    axisLabel: { color: palette.dimmed, formatter: (v: number) => formatCompact(v, kind) },
  };
}

function xySeries(type: string, name: string, kind: string, data: ChartDatum[], extra: Partial<XYSeries> = {}): XYSeries {
  const tooltip = { valueFormatter: valueFormatter(kind) };
  if (type === 'bar') return { type: 'bar', name, data, barMaxWidth: 44, emphasis: { focus: 'series' }, cursor: 'pointer', tooltip, ...(extra as Partial<BarSeriesOption>) };
  return {
    type: 'line',
    name,
    data,
    symbolSize: 7,
    cursor: 'pointer',
    emphasis: { focus: 'series' },
    tooltip,
    ...(type === 'area' ? { areaStyle: { opacity: 0.25 } } : {}),
    ...(extra as Partial<LineSeriesOption>),
  };
}

function xyBase(palette: ChartPalette, legend: boolean, rightAxes: number) {
  const common = base(palette, legend);
  return {
    ...common,
    tooltip: { ...common.tooltip, trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
    grid: { left: 8, right: rightAxes > 1 ? 64 : 12, top: legend ? 36 : 12, bottom: 4, containLabel: true },
  };
}

function oneGroupOption(type: string, result: ReportResult, group: ResultColumn, measures: ResultColumn[], palette: ChartPalette): ChartOption {
  const labels = result.rows.map((r) => formatGroupKey(r[0], group.kind));
  const kinds = [...new Set(measures.map((c) => c.kind))];
  const series: XYSeries[] = measures.map((col, i) => {
    const data = result.rows.map((r) => ({ value: toNumber(r[i + 1]), groupValues: [r[0]] }));
    const yAxisIndex = kinds.indexOf(col.kind);
    // A rate among counts or amounts reads better as a line over the bars.
    const drawAs = type === 'bar' && col.kind === 'percent' && kinds.length > 1 ? 'line' : type;
    return xySeries(drawAs, col.label, col.kind, data, { yAxisIndex });
  });
  const prev = result.previous;
  if (prev && prev.rows.length > 0) {
    const byKey = new Map(prev.rows.map((r) => [keyOf(r[0]), r[1]]));
    series.push(
      xySeries(type === 'area' ? 'line' : type, `${measures[0].label} (previous period)`, measures[0].kind,
        result.rows.map((r) => ({ value: toNumber(byKey.get(keyOf(r[0]))) })),
        { yAxisIndex: 0, itemStyle: { color: palette.dimmed, opacity: 0.6 }, lineStyle: { color: palette.dimmed, type: 'dashed' }, cursor: 'default' } as Partial<XYSeries>,
      ),
    );
  }
  return {
    ...xyBase(palette, series.length > 1, kinds.length),
    xAxis: categoryAxis(labels, palette),
    yAxis: kinds.map((kind, i) => valueAxis(kind, palette, i, measures.filter((c) => c.kind === kind).every((c) => c.agg === 'count'))),
    series,
  };
}

function crossOption(type: string, result: ReportResult, groups: ResultColumn[], measure: ResultColumn, palette: ChartPalette, stacked: boolean): ChartOption {
  let rowKeys: unknown[];
  let colKeys: unknown[];
  let cell: (r: number, c: number) => unknown;
  if (result.matrix) {
    const m = result.matrix;
    rowKeys = m.rowKeys;
    colKeys = m.colKeys;
    cell = (r, c) => m.cells[r]?.[c];
  } else {
    const rows = distinct(result.rows.map((r) => r[0]));
    const cols = distinct(result.rows.map((r) => r[1]));
    const at = groups.length;
    const values = new Map(result.rows.map((r) => [`${keyOf(r[0])}\u0000${keyOf(r[1])}`, r[at]]));
    rowKeys = rows;
    colKeys = cols;
    cell = (r, c) => values.get(`${keyOf(rows[r])}\u0000${keyOf(cols[c])}`);
  }
  const [rowCol, colCol] = groups;
  const stack = stacked ? { stack: 'total' } : {};
  const series = colKeys.map((ck, c) =>
    xySeries(
      type,
      formatGroupKey(ck, colCol?.kind ?? 'text'),
      measure.kind,
      rowKeys.map((rk, r) => ({ value: toNumber(cell(r, c)), groupValues: [rk, ck] })),
      stack as Partial<XYSeries>,
    ),
  );
  return {
    // Always a legend: the series are the second group's values (won, lost…), named nowhere else.
    ...xyBase(palette, true, 1),
    xAxis: categoryAxis(rowKeys.map((k) => formatGroupKey(k, rowCol.kind)), palette),
    yAxis: valueAxis(measure.kind, palette, 0, measure.agg === 'count'),
    series,
  };
}

/** A stable map key of a group value (null and "" stay apart). */
function keyOf(value: unknown): string {
  return value === null || value === undefined ? '\u0000null' : typeof value === 'string' ? value : JSON.stringify(value);
}

function distinct(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const v of values) {
    const k = keyOf(v);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(v);
    }
  }
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The group values of a clicked chart item, or null when it does not drill (a previous-period bar). */
export function clickedGroupValues(params: { data?: unknown }): unknown[] | null {
  const data = params.data as ChartDatum | undefined;
  return Array.isArray(data?.groupValues) ? data.groupValues : null;
}
