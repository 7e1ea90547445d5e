import { formatGroupKey } from './format';
import type { ReportGroup, ReportResult, ReportSpec, ResultColumn } from './reportTypes';

/** What the drill-down drawer shows: the group values clicked and a title for them. */
export type DrillTarget = { groupValues: unknown[]; title: string };

/** Whether a report drills down (summaries and matrices do). */
export function canDrill(spec: Pick<ReportSpec, 'format'> | undefined): boolean {
  return spec?.format === 'summary' || spec?.format === 'matrix';
}

/**
 * "Stage: Qualification · Outcome: won" for group values (fewer values than
 * groups drill into a row or subtotal; none into every record).
 */
export function drillTitle(groupValues: readonly unknown[], groups: readonly ReportGroup[], columns: readonly ResultColumn[]): string {
  const groupColumns = columns.filter((c) => c.group);
  if (groupValues.length === 0) return 'All records';
  return groupValues
    .map((value, i) => {
      const column = groupColumns[i];
      return `${column?.label ?? groups[i]?.field ?? 'Group'}: ${formatGroupKey(value, column?.kind ?? 'text', groups[i]?.bucket)}`;
    })
    .join(' · ');
}

/** The drill target for group values of a result. */
export function drillTarget(groupValues: readonly unknown[], spec: ReportSpec, result: Pick<ReportResult, 'columns'>): DrillTarget {
  return { groupValues: [...groupValues], title: drillTitle(groupValues, spec.groups ?? [], result.columns) };
}

/** The record page of a row (record routes are /<entity>/<id>). */
export function recordPath(entity: string, id: string): string {
  return `/${entity}/${encodeURIComponent(id)}`;
}

/** Title fields per record type (backend schema TitleFields): what a drill-down row's link reads. */
export const TITLE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  contacts: ['firstName', 'lastName'],
  leads: ['firstName', 'lastName'],
  companies: ['name'],
  deals: ['name'],
  activities: ['subject'],
  tasks: ['title'],
};

/** The link text of a tabular row: its title fields joined, else its first text value, else "Open record". */
export function rowTitle(entity: string, columns: readonly ResultColumn[], row: readonly unknown[]): string {
  const keys = TITLE_FIELDS[entity] ?? [];
  const parts = keys
    .map((key) => columns.findIndex((c) => c.key === key))
    .filter((i) => i >= 0)
    .map((i) => row[i])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (parts.length > 0) return parts.join(' ');
  const text = columns.findIndex((c, i) => c.kind === 'text' && c.type !== 'ref' && typeof row[i] === 'string' && (row[i] as string).trim() !== '');
  return text >= 0 ? String(row[text]) : 'Open record';
}

/** Columns worth showing beside the title in a drill-down list: not the title fields, not raw record ids. */
export function detailColumns(entity: string, columns: readonly ResultColumn[]): number[] {
  const title = TITLE_FIELDS[entity] ?? [];
  return columns.map((c, i) => ({ c, i })).filter(({ c }) => !title.includes(c.key) && c.type !== 'ref' && c.key !== 'id').map(({ i }) => i);
}
