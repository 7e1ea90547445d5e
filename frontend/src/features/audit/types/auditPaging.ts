import type { AuditPage, AuditRow } from '../api/auditApi';

/** Rows per request; the backend allows 1–500. */
export const AUDIT_PAGE_SIZE = 100;

/** The beforeSeq of the page after `page`, or undefined at the end (nextBeforeSeq 0 or an empty page). */
export function nextBeforeSeq(page: Pick<AuditPage, 'rows' | 'nextBeforeSeq'>): number | undefined {
  return page.rows.length > 0 && page.nextBeforeSeq > 0 ? page.nextBeforeSeq : undefined;
}

/** The loaded pages as one list. */
export type MergedAuditPages = { rows: AuditRow[]; total: number; capped: boolean };

/**
 * Folds the loaded pages into one newest-first list. The total comes from
 * the first page only (later pages carry -1); an entry that shows up twice
 * (a refetch racing new entries) is kept once.
 */
export function mergeAuditPages(pages: readonly AuditPage[] | undefined): MergedAuditPages {
  const first = pages?.[0];
  const seen = new Set<number>();
  const rows: AuditRow[] = [];
  for (const page of pages ?? []) {
    for (const row of page.rows) {
      if (seen.has(row.seq)) continue;
      seen.add(row.seq);
      rows.push(row);
    }
  }
  return { rows, total: Math.max(first?.total ?? 0, 0), capped: first?.totalCapped ?? false };
}
