/** "YYYY-MM-DD" of a local date. */
export function isoDay(date: Date): string {
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  const dd = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${mm}-${dd}`;
}

function parseDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/**
 * The `days` consecutive days ending today (or at the latest day in `seen`,
 * if the backend's clock is ahead), oldest first, so days without events
 * still get a slot on the axis.
 */
export function dayRange(days: number, today: Date, seen: readonly string[] = []): string[] {
  let end = isoDay(today);
  for (const day of seen) if (parseDay(day) && day > end) end = day;
  const last = parseDay(end) ?? today;
  const count = Math.max(1, Math.floor(days));
  return Array.from({ length: count }, (_, i) =>
    isoDay(new Date(last.getFullYear(), last.getMonth(), last.getDate() - (count - 1 - i))),
  );
}

/** Sums counts per day for the days on `axis` (entries on other days are dropped); `key` filters when given. */
export function countsOnAxis(
  axis: readonly string[],
  rows: readonly { day: string; key?: string; count: number }[],
  key?: string,
): number[] {
  const totals = new Map<string, number>(axis.map((day) => [day, 0]));
  for (const row of rows) {
    if (key !== undefined && row.key !== key) continue;
    const current = totals.get(row.day);
    if (current !== undefined) totals.set(row.day, current + (row.count || 0));
  }
  return axis.map((day) => totals.get(day) ?? 0);
}
