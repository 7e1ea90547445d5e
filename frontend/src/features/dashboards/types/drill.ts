import type { DashboardFilters, ReportFilter, ReportSpec, ResultColumn, Widget } from './dashboardTypes';
import { formatGroupKey } from './format';

/*
 * Drilling into a widget: the records behind a bar, slice or row. The
 * backend's DrillDown takes a summary or matrix spec and the clicked group
 * values; the spec must be what the widget ran, so the dashboard's filters
 * are applied here exactly as DashboardService.Data applies them
 * (service/dashboard_widgets.go: extraFilters and applyRange). The backend
 * still compiles it for the viewer: scope and field rules hold.
 */

/** The relative operators a report's period filter uses (besides between). */
export const RELATIVE_OPS = [
  'today', 'yesterday', 'thisWeek', 'lastWeek', 'thisMonth', 'lastMonth', 'thisQuarter', 'lastQuarter',
  'thisYear', 'lastYear', 'lastNDays', 'nextNDays',
] as const;
const PERIOD_OPS = new Set<string>([...RELATIVE_OPS, 'between']);
const LAST_DAYS: Record<string, number> = { last7Days: 7, last30Days: 30, last90Days: 90, last365Days: 365 };

/** The dashboard's date range as a report filter on `field`, or null for none (or an unknown range). */
export function rangeFilter(filters: DashboardFilters, field: string): ReportFilter | null {
  const range = filters.dateRange ?? '';
  if (!range) return null;
  if (range === 'custom') return filters.from && filters.to ? { field, op: 'between', values: [filters.from, filters.to] } : null;
  if (LAST_DAYS[range]) return { field, op: 'lastNDays', n: LAST_DAYS[range] };
  if ((RELATIVE_OPS as readonly string[]).includes(range) && range !== 'lastNDays' && range !== 'nextNDays') return { field, op: range };
  return null;
}

/**
 * The date field the range applies to: the widget's dateField; else the
 * spec's period filter field (its first filter on a date field with a
 * relative or between operator); else the entity's natural date (when an
 * activity happened, else when the record was created). "" when none fits.
 */
export function rangeField(spec: ReportSpec, override: string | undefined, dateFields: ReadonlySet<string>): string {
  if (override) return override;
  const period = (spec.filters ?? []).find((f) => dateFields.has(f.field) && PERIOD_OPS.has(f.op));
  if (period) return period.field;
  const natural = spec.entity === 'activities' ? 'at' : 'createdAt';
  return dateFields.has(natural) ? natural : '';
}

export type DrillContext = {
  /** The signed-in user (options.onlyMine keeps their records). */
  userId: string;
  /** The date and datetime field keys of the spec's entity (from the report catalog). */
  dateFields: ReadonlySet<string>;
};

/**
 * The spec a widget ran under the dashboard's filters: its source spec plus
 * the own-records and team filters, and the date range replacing the
 * period filter on the range field (unless the widget ignores the range).
 */
export function widgetRunSpec(source: ReportSpec, widget: Pick<Widget, 'options'>, filters: DashboardFilters, ctx: DrillContext): ReportSpec {
  const extra: ReportFilter[] = [];
  if (widget.options.onlyMine) extra.push({ field: 'ownerId', op: 'eq', value: ctx.userId });
  if (filters.teamId) extra.push({ field: 'teamId', op: 'eq', value: filters.teamId });
  const spec: ReportSpec = { ...source, filters: [...(source.filters ?? []), ...extra] };
  if (widget.options.ignoreDateRange || !filters.dateRange) return spec;
  const field = rangeField(spec, widget.options.dateField, ctx.dateFields);
  const range = field ? rangeFilter(filters, field) : null;
  if (!range) return spec;
  const kept = (spec.filters ?? []).filter((f) => !(f.field === field && PERIOD_OPS.has(f.op)));
  return { ...spec, filters: [range, ...kept] };
}

/** The spec behind a widget: its inline spec, else the report it names (null when that report is not known here). */
export function widgetSourceSpec(widget: Pick<Widget, 'spec' | 'report'>, reports: ReadonlyMap<string, ReportSpec>): ReportSpec | null {
  if (widget.spec) return widget.spec;
  if (widget.report) return reports.get(widget.report) ?? null;
  return null;
}

/** Whether a spec drills down (summaries and matrices do). */
export function canDrill(spec: Pick<ReportSpec, 'format'> | null | undefined): boolean {
  return spec?.format === 'summary' || spec?.format === 'matrix';
}

/** "Stage: Qualification · Outcome: won" for the clicked group values ("All records" for none). */
export function drillTitle(groupValues: readonly unknown[], columns: readonly ResultColumn[]): string {
  if (groupValues.length === 0) return 'All records';
  const groups = columns.filter((c) => c.group);
  return groupValues.map((v, i) => `${groups[i]?.label ?? 'Group'}: ${formatGroupKey(v, groups[i]?.kind ?? 'text')}`).join(' · ');
}

/** Title fields per record type (backend schema TitleFields): what a drill-down row's link reads. */
const TITLE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  contacts: ['firstName', 'lastName'],
  leads: ['firstName', 'lastName'],
  companies: ['name'],
  deals: ['name'],
  activities: ['subject'],
  tasks: ['title'],
};

/** The link text of a tabular row: its title fields joined, else its first text value, else "Open record". */
export function rowTitle(entity: string, columns: readonly ResultColumn[], row: readonly unknown[]): string {
  const parts = (TITLE_FIELDS[entity] ?? [])
    .map((key) => row[columns.findIndex((c) => c.key === key)])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (parts.length > 0) return parts.join(' ');
  const text = columns.findIndex((c, i) => c.kind === 'text' && c.type !== 'ref' && typeof row[i] === 'string' && String(row[i]).trim() !== '');
  return text >= 0 ? String(row[text]) : 'Open record';
}

/** The columns shown beside the title: not the title fields, not raw ids. */
export function detailColumns(entity: string, columns: readonly ResultColumn[]): number[] {
  const title = TITLE_FIELDS[entity] ?? [];
  return columns.flatMap((c, i) => (title.includes(c.key) || c.type === 'ref' || c.key === 'id' ? [] : [i]));
}
