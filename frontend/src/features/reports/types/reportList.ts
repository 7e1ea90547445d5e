import type { ReportInfo, ReportSpec } from './reportTypes';

export type ReportKindFilter = 'all' | 'builtin' | 'saved';

/** The reports whose name or description holds every word of `search`, of the chosen kind, in the backend's order. */
export function filterReports(reports: readonly ReportInfo[], search: string, kind: ReportKindFilter = 'all'): ReportInfo[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return reports.filter((r) => {
    if (kind === 'builtin' && !r.builtin) return false;
    if (kind === 'saved' && r.builtin) return false;
    const text = `${r.name} ${r.description}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

const FORMAT_LABEL: Record<string, string> = { tabular: 'Table', summary: 'Summary', matrix: 'Matrix' };

/** "Summary of deals", "Table of contacts". */
export function describeShape(spec: Pick<ReportSpec, 'format' | 'entity'>, entityLabel?: string): string {
  return `${FORMAT_LABEL[spec.format || 'tabular'] ?? 'Report'} of ${(entityLabel ?? spec.entity).toLowerCase()}`;
}

const SHARING_LABEL: Record<string, string> = { private: 'Private', team: 'Team', everyone: 'Everyone' };

export function sharingLabel(sharing: string): string {
  return SHARING_LABEL[sharing] ?? sharing;
}

/** Who a report belongs to: "Built-in", "You", a user's name, or "Another user" when names are not available. */
export function ownerLabel(report: Pick<ReportInfo, 'builtin' | 'mine' | 'ownerId'>, names?: Record<string, string>): string {
  if (report.builtin) return 'Built-in';
  if (report.mine) return 'You';
  return (report.ownerId && names?.[report.ownerId]) || 'Another user';
}

/** Whether the viewer may delete a saved report (the backend decides; this only hides the action). */
export function canDeleteReport(report: Pick<ReportInfo, 'builtin' | 'mine'>, canManage: boolean): boolean {
  return !report.builtin && (report.mine || canManage);
}

/** "pipeline-by-stage" from a report name, for file names. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'report';
}

/** The report permission keys (backend/rbac/vocab.go) not listed in @/lib/permissions PERMS. */
export const REPORT_PERMS = { view: 'reports.view', manage: 'reports.manage', exportData: 'data.export' } as const;

/** The id in a route: "builtin:pipeline-by-stage" or a saved report id. */
export function reportRoute(id: string, edit = false): string {
  return `/reports/${encodeURIComponent(id)}${edit ? '/edit' : ''}`;
}

/**
 * Why a report cannot run, for the list and the viewer: the backend's
 * reason, worded for people when it is the usual one (a confidential field
 * the role may not see); a generic reason when it gave none.
 */
export function problemText(problem: string | undefined): string {
  if (!problem) return 'it uses data your role cannot see.';
  if (/sensitive\.view|confidential/i.test(problem)) return 'it uses confidential fields (such as deal amounts) that your role cannot see.';
  return problem;
}
