import type { DuplicateScan } from './duplicateTypes';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** A duration: "12 ms" below a second, then seconds with one decimal below 10 s: "2.4 s", "12 s". */
export function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const s = ms / 1000;
  return `${s.toLocaleString('en-US', { maximumFractionDigits: s < 10 ? 1 : 0 })} s`;
}

/** "1,234 records checked in 2.3 s, 5 groups". */
export function scanSummary(scan: Pick<DuplicateScan, 'records' | 'durationMs' | 'groupCount'>): string {
  return `${count(scan.records, 'record', 'records')} checked in ${formatSeconds(scan.durationMs)}, ${count(scan.groupCount, 'group', 'groups')}`;
}

/**
 * The scan after a merge: the merged-away record leaves its groups, and a
 * group with fewer than two records left is resolved.
 */
export function withoutRecord(scan: DuplicateScan, id: string): DuplicateScan {
  let resolved = 0;
  const groups = [];
  for (const group of scan.groups) {
    const records = group.records.filter((r) => r.id !== id);
    if (records.length >= 2) groups.push(records.length === group.records.length ? group : { ...group, records });
    else resolved += 1;
  }
  return { ...scan, groups, groupCount: Math.max(0, scan.groupCount - resolved) };
}
