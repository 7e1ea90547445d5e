import type { AuditRow } from '../api/auditApi';

/** What a masked value shows instead of itself. */
export const MASK = '••••';

/** "1 entry", "1,234 entries", "10,000+ entries" (the backend stops counting at its cap). */
export function formatTotal(total: number, capped: boolean): string {
  const n = Math.max(0, total);
  const noun = n === 1 && !capped ? 'entry' : 'entries';
  return `${n.toLocaleString('en-US')}${capped ? '+' : ''} ${noun}`;
}

/** An entry's time to the second in the viewer's locale; the raw text when unreadable. */
export function formatAuditTime(value: string): string {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return value || '—';
  return date.toLocaleString(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
}

/** An entry's time for the list: to the second, the year only when it is not this year's. */
export function formatListTime(value: string, now: Date = new Date()): string {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return value || '—';
  const year = date.getFullYear() === now.getFullYear() ? undefined : 'numeric';
  return date.toLocaleString(undefined, { year, month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** Who acted: the name at the time, else the id; "System" for entries without a user (e.g. scheduled work). */
export function actorLabel(row: Pick<AuditRow, 'actorName' | 'actorId'>): string {
  return row.actorName?.trim() || row.actorId?.trim() || 'System';
}

/** What the entry is about: its label, else "type id", else "—". */
export function objectLabel(row: Pick<AuditRow, 'objectLabel' | 'objectType' | 'objectId'>): string {
  return row.objectLabel?.trim() || `${row.objectType ?? ''} ${row.objectId ?? ''}`.trim() || '—';
}

const VERBS: Readonly<Record<string, string>> = {
  view: 'viewed', create: 'created', update: 'changed', delete: 'moved to the Trash', restore: 'restored',
  purge: 'deleted for good', assign: 'reassigned', stage: 'moved to another stage', tag: 'tagged',
  convert: 'converted', export: 'exported', import: 'imported', merge: 'merged',
};

/** An action as a past-tense phrase for people ("contact.update" → "changed"); the verb itself when unknown. */
export function verbLabel(action: string): string {
  const verb = action.slice(action.lastIndexOf('.') + 1);
  return VERBS[verb] ?? verb.replace(/[_-]+/g, ' ');
}

/** A field value as one line of text: "—" for empty, JSON for objects, "Yes"/"No" for booleans. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join(', ') : '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "Starting…" until the total is known, then "12,345 of 1,000,000 entries (1%)". */
export function formatProgress(done: number, total: number, percent: number | null, noun = 'entries'): string {
  if (percent === null || total <= 0) return done > 0 ? `${done.toLocaleString('en-US')} ${noun} so far…` : 'Starting…';
  return `${Math.min(done, total).toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${noun} (${percent}%)`;
}
