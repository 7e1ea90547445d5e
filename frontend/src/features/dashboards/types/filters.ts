import type { DashboardFilters } from './dashboardTypes';

/*
 * The dashboard-wide filters: a date range and a team. They live in the URL
 * (?range=&from=&to=&team=) so a filtered dashboard survives a reload and can
 * be shared; without those parameters the dashboard's saved filters apply.
 */

/** The "none" choice of the select (a Select value cannot be ""): each widget keeps its own period. */
export const NO_RANGE = 'none';
export const CUSTOM_RANGE = 'custom';
/** The longest custom range the backend accepts (report.MaxDays). */
export const MAX_RANGE_DAYS = 3660;

/** The date ranges the backend accepts (service/dashboard_widgets.go checkFilters), grouped for the select. */
export const DATE_RANGE_GROUPS: readonly { group: string; items: readonly { value: string; label: string }[] }[] = [
  { group: 'Widgets', items: [{ value: NO_RANGE, label: "Each widget's own period" }] },
  {
    group: 'Calendar',
    items: [
      { value: 'today', label: 'Today' },
      { value: 'yesterday', label: 'Yesterday' },
      { value: 'thisWeek', label: 'This week' },
      { value: 'lastWeek', label: 'Last week' },
      { value: 'thisMonth', label: 'This month' },
      { value: 'lastMonth', label: 'Last month' },
      { value: 'thisQuarter', label: 'This quarter' },
      { value: 'lastQuarter', label: 'Last quarter' },
      { value: 'thisYear', label: 'This year' },
      { value: 'lastYear', label: 'Last year' },
    ],
  },
  {
    group: 'Rolling',
    items: [
      { value: 'last7Days', label: 'Last 7 days' },
      { value: 'last30Days', label: 'Last 30 days' },
      { value: 'last90Days', label: 'Last 90 days' },
      { value: 'last365Days', label: 'Last 365 days' },
    ],
  },
  { group: 'Custom', items: [{ value: CUSTOM_RANGE, label: 'Custom dates…' }] },
];

const RANGE_LABELS = new Map(DATE_RANGE_GROUPS.flatMap((g) => g.items.map((i) => [i.value, i.label] as const)));
const KNOWN_RANGES = new Set([...RANGE_LABELS.keys()].filter((v) => v !== NO_RANGE));

/** The select value of a filter's range ("" → "none"). */
export function rangeChoice(filters: DashboardFilters): string {
  return filters.dateRange ? filters.dateRange : NO_RANGE;
}

/** The range a select value stands for ("none" → ""). */
export function rangeOf(choice: string | null): string {
  return !choice || choice === NO_RANGE ? '' : choice;
}

/**
 * The filters as the backend takes them: no empty fields, from/to only for
 * a custom range, trimmed team id. Equal filters serialize equally (query keys).
 */
export function cleanFilters(filters: DashboardFilters): DashboardFilters {
  const out: DashboardFilters = {};
  const range = filters.dateRange?.trim() ?? '';
  if (range) out.dateRange = range;
  if (range === CUSTOM_RANGE) {
    if (filters.from?.trim()) out.from = filters.from.trim();
    if (filters.to?.trim()) out.to = filters.to.trim();
  }
  if (filters.teamId?.trim()) out.teamId = filters.teamId.trim();
  return out;
}

/** Whether two filter sets mean the same. */
export function sameFilters(a: DashboardFilters, b: DashboardFilters): boolean {
  const x = cleanFilters(a);
  const y = cleanFilters(b);
  return x.dateRange === y.dateRange && x.from === y.from && x.to === y.to && x.teamId === y.teamId;
}

const FILTER_PARAMS = ['range', 'from', 'to', 'team'] as const;

/** Writes the filters into a copy of `params` (range=none for "each widget's own", so it overrides saved filters). */
export function filtersToParams(filters: DashboardFilters, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const key of FILTER_PARAMS) out.delete(key);
  const clean = cleanFilters(filters);
  out.set('range', clean.dateRange ?? NO_RANGE);
  if (clean.from) out.set('from', clean.from);
  if (clean.to) out.set('to', clean.to);
  if (clean.teamId) out.set('team', clean.teamId);
  return out;
}

/** The filters the URL names, or null when it names none (the dashboard's saved filters apply). Unknown ranges are dropped. */
export function filtersFromParams(params: URLSearchParams): DashboardFilters | null {
  if (!params.has('range') && !params.has('team')) return null;
  const range = params.get('range') ?? NO_RANGE;
  return cleanFilters({
    dateRange: KNOWN_RANGES.has(range) ? range : '',
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    teamId: params.get('team') ?? undefined,
  });
}

/** A copy of `params` without the filter parameters (e.g. when another dashboard is chosen). */
export function withoutFilterParams(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const key of FILTER_PARAMS) out.delete(key);
  return out;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since the epoch of a "YYYY-MM-DD" that is a real calendar day, else null. */
export function dayNumber(day: string | undefined): number | null {
  const m = DAY.exec(day ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return t / 86_400_000;
}

/**
 * Problems of the filters before they are sent, keyed as the backend names
 * them ("filters.from", "filters.to"); {} when they are fine. A custom range
 * needs both days, in order, at most ten years apart.
 */
export function filterErrors(filters: DashboardFilters): Record<string, string> {
  if (filters.dateRange !== CUSTOM_RANGE) return {};
  const from = dayNumber(filters.from);
  const to = dayNumber(filters.to);
  if (from === null) return { 'filters.from': 'Enter the first day.' };
  if (to === null) return { 'filters.to': 'Enter the last day.' };
  if (to < from) return { 'filters.to': 'The last day must not be before the first.' };
  if (to - from > MAX_RANGE_DAYS) return { 'filters.to': 'Choose a range of at most ten years.' };
  return {};
}

/** "Last 30 days · Team North", "Each widget's own period", "12 May 2026 – 30 Jun 2026". */
export function describeFilters(filters: DashboardFilters, teamName?: (id: string) => string | undefined): string {
  const clean = cleanFilters(filters);
  let range = RANGE_LABELS.get(clean.dateRange ?? NO_RANGE) ?? clean.dateRange ?? '';
  if (clean.dateRange === CUSTOM_RANGE) range = `${formatDay(clean.from)} – ${formatDay(clean.to)}`;
  const team = clean.teamId ? (teamName?.(clean.teamId) ?? 'one team') : '';
  return team ? `${range} · ${team}` : range;
}

/** "2026-05-12" → "May 12, 2026" (the text itself when it is not a day). */
export function formatDay(day: string | undefined, locale?: string): string {
  const n = dayNumber(day);
  if (n === null) return day ?? '';
  return new Date(n * 86_400_000).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}
