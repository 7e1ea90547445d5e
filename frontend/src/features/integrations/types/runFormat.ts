import type { RunKind, RunOutcome } from './integrationTypes';

/** "850 ms", "4.2 s", "42 s", "3 min 5 s", "1 h 2 min"; "—" when unknown. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 10) return `${(Math.floor(seconds * 10) / 10).toFixed(1)} s`;
  if (seconds < 60) return `${Math.floor(seconds)} s`;
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  return s > 0 ? `${m} min ${s} s` : `${m} min`;
}

/** The counts a run reports, in reading order, with their words (others follow by name). */
const COUNT_WORDS: Array<[key: string, word: string]> = [
  ['new', 'new'],
  ['created', 'created'],
  ['updated', 'updated'],
  ['unchanged', 'unchanged'],
  ['duplicates', 'duplicates'],
  ['skipped', 'skipped'],
  ['invalid', 'invalid'],
  ['companiesCreated', 'companies created'],
];

const n = (value: number) => value.toLocaleString('en-US');

/** "120 rows · 100 new · 5 invalid": rows first, then every non-zero count; "" when there is none. */
export function countsSummary(counts: Record<string, number> | null | undefined): string {
  const c = counts ?? {};
  const parts: string[] = [];
  if (typeof c.rows === 'number') parts.push(`${n(c.rows)} ${c.rows === 1 ? 'row' : 'rows'}`);
  const known = new Set(['rows', ...COUNT_WORDS.map(([k]) => k)]);
  for (const [key, word] of COUNT_WORDS) {
    if (c[key]) parts.push(`${n(c[key])} ${key === 'duplicates' && c[key] === 1 ? 'duplicate' : word}`);
  }
  for (const [key, value] of Object.entries(c)) {
    if (!known.has(key) && value) parts.push(`${n(value)} ${key}`);
  }
  return parts.join(' · ');
}

export type Style = { label: string; color: string };

const OUTCOMES: Record<RunOutcome, Style> = {
  running: { label: 'Running', color: 'blue' },
  succeeded: { label: 'Succeeded', color: 'teal' },
  warnings: { label: 'Warnings', color: 'yellow' },
  failed: { label: 'Failed', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

export function outcomeStyle(outcome: string): Style {
  return OUTCOMES[outcome as RunOutcome] ?? { label: outcome || 'Unknown', color: 'gray' };
}

export const OUTCOME_OPTIONS = (Object.keys(OUTCOMES) as RunOutcome[]).map((value) => ({ value, label: OUTCOMES[value].label }));

const KINDS: Record<RunKind, string> = {
  import: 'Import',
  export: 'Export',
  report: 'Scheduled report',
  backup: 'Backup',
  restore: 'Restore',
  archive: 'Audit archive',
  sync: 'Sync',
};

export function kindLabel(kind: string): string {
  return KINDS[kind as RunKind] ?? (kind ? kind[0].toUpperCase() + kind.slice(1) : 'Run');
}

export const KIND_OPTIONS = (Object.keys(KINDS) as RunKind[]).map((value) => ({ value, label: KINDS[value] }));

/** Whether Retry is offered: a failed or cancelled run the backend marked retryable. */
export function canRetry(run: { retryable: boolean; outcome: string }): boolean {
  return run.retryable && (run.outcome === 'failed' || run.outcome === 'cancelled');
}

/** "Nov 30, 2026, 14:05" in the viewer's zone; "" for no time. */
export function formatStarted(iso: string, locale?: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return at.toLocaleString(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** ImportCounts (a retry's result) as the log's counts map. */
export function importCountsToMap(c: {
  rows: number; new: number; update: number; unchanged: number; duplicate: number; skipped: number; invalid: number; companiesCreated: number;
}): Record<string, number> {
  return {
    rows: c.rows, new: c.new, updated: c.update, unchanged: c.unchanged, duplicates: c.duplicate, skipped: c.skipped, invalid: c.invalid,
    companiesCreated: c.companiesCreated,
  };
}

/** The last part of a file path ("/a/b/c.csv" → "c.csv", "C:\\x\\y.xlsx" → "y.xlsx"); other text as it is. */
export function shortPath(text: string): string {
  const parts = text.split(/[/\\]/).filter(Boolean);
  return /[/\\]/.test(text) && parts.length > 0 ? parts[parts.length - 1] : text;
}

/** The suggested report name of a retried run: "people problems.xlsx" for "Import Contacts from people.csv". */
export function reportFileName(runName: string): string {
  const file = runName.replace(/^.* from /, '').replace(/\.[^./\\]+$/, '').replace(/[/\\:*?"<>|]/g, '_').trim();
  return `${file || 'import'} problems.xlsx`;
}
