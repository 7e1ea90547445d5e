import type { ReportAggregate, ReportChoice, ReportSpec, WidgetType } from './dashboardTypes';

/** Human names of the widget types, in menu order. */
export const WIDGET_TYPE_LABELS: Readonly<Record<WidgetType, string>> = {
  kpi: 'KPI tile',
  bar: 'Bar chart',
  line: 'Line chart',
  area: 'Area chart',
  pie: 'Pie chart',
  donut: 'Donut chart',
  funnel: 'Funnel',
  table: 'Table',
};

/**
 * Why a widget type cannot draw a spec, or null when it can (the backend's
 * `fits`): bar, line and area need a summary or matrix with a group; pie,
 * donut and funnel a summary with exactly one group; KPI and table take anything.
 */
export function fitProblem(type: string, spec: Pick<ReportSpec, 'format' | 'groups'>): string | null {
  const grouped = spec.format === 'summary' || spec.format === 'matrix';
  const groups = spec.groups?.length ?? 0;
  switch (type) {
    case 'kpi':
    case 'table':
      return null;
    case 'bar':
    case 'line':
    case 'area':
      return grouped && groups > 0 ? null : 'A chart needs a summary or matrix report with a group.';
    case 'pie':
    case 'donut':
    case 'funnel':
      return spec.format === 'summary' && groups === 1 ? null : 'A pie, donut or funnel chart needs a summary report with exactly one group.';
  }
  return 'Choose kpi, bar, line, area, pie, donut, funnel or table.';
}

/** An aggregate's key as the backend derives it: its key, else func:field, else func. */
export function aggregateKey(a: Pick<ReportAggregate, 'key' | 'func' | 'field'>): string {
  if (a.key) return a.key;
  return a.field ? `${a.func}:${a.field}` : a.func;
}

/** The values a KPI of the spec can show: its aggregates, or "count" for a spec without any. */
export function kpiValues(spec: Pick<ReportSpec, 'aggregates'>): { value: string; label: string }[] {
  const aggs = spec.aggregates ?? [];
  if (aggs.length === 0) return [{ value: 'count', label: 'Number of records' }];
  return aggs.map((a) => ({ value: aggregateKey(a), label: a.label || aggregateKey(a) }));
}

/** Whether the spec has two groups (a matrix or a two-level summary), where stacking means something. */
export function hasTwoGroups(spec: Pick<ReportSpec, 'groups'>): boolean {
  return (spec.groups?.length ?? 0) >= 2;
}

/** The type a report suggests (built-ins carry a chart hint), else the first that fits. */
export function suggestedType(report: Pick<ReportChoice, 'chart' | 'spec'>): WidgetType {
  const hint = report.chart === 'stackedBar' ? 'bar' : report.chart;
  if (hint && (['kpi', 'bar', 'line', 'table'] as string[]).includes(hint) && fitProblem(hint, report.spec) === null) return hint as WidgetType;
  return fitProblem('bar', report.spec) === null ? 'bar' : 'table';
}
