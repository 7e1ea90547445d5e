import type { ReportResult } from './reportTypes';

/**
 * One line of a summary table. A "group" line is a first-level group with
 * its subtotal (summary with two groups), "row" a group combination, "total"
 * the grand total. groupValues are what a click drills into (DrillDown):
 * both keys for a row, the first for a subtotal, none for the total.
 */
export type SummaryLine = {
  type: 'group' | 'row' | 'total';
  keys: unknown[];
  values: unknown[];
  groupValues: unknown[];
  /** Records behind a subtotal (group lines only). */
  count?: number;
};

/** A map key that tells 1 from "1" and null from "" (like the backend's keyID). */
export function keyId(value: unknown): string {
  return value === null || value === undefined ? 'null' : `${typeof value}:${String(value)}`;
}

/**
 * The lines of a summary result in display order. With one group (or none)
 * the rows as sorted, then the total. With two, the first-level groups in
 * the order their first row appears (so a sort by an aggregate still
 * leads), each as its subtotal line followed by its rows, then the total.
 */
export function summaryLines(result: Pick<ReportResult, 'columns' | 'rows' | 'subtotals' | 'total'>): SummaryLine[] {
  const groupCount = result.columns.filter((c) => c.group).length;
  const lines: SummaryLine[] = [];
  if (groupCount < 2) {
    for (const row of result.rows) {
      const keys = row.slice(0, groupCount);
      lines.push({ type: 'row', keys, values: row.slice(groupCount), groupValues: keys });
    }
  } else {
    const subtotals = new Map((result.subtotals ?? []).map((s) => [keyId(s.key), s]));
    const order: string[] = [];
    const children = new Map<string, unknown[][]>();
    for (const row of result.rows) {
      const id = keyId(row[0]);
      if (!children.has(id)) {
        children.set(id, []);
        order.push(id);
      }
      children.get(id)!.push(row);
    }
    for (const id of order) {
      const rows = children.get(id)!;
      const first = rows[0][0];
      const sub = subtotals.get(id);
      lines.push({ type: 'group', keys: [first], values: sub?.values ?? [], groupValues: [first], count: sub?.count });
      for (const row of rows) {
        const keys = row.slice(0, 2);
        lines.push({ type: 'row', keys, values: row.slice(2), groupValues: keys });
      }
    }
  }
  if (groupCount > 0 && result.total) lines.push({ type: 'total', keys: [], values: result.total, groupValues: [] });
  return lines;
}
