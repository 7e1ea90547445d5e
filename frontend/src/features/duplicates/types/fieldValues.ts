import type { FieldDef, MergeRecord } from './duplicateTypes';

/** What the backend sends instead of a sensitive value the caller may not see. */
export const MASK = '••••';

/** Whether a value counts as "not filled in" (false is a value: a bool always has one). */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** The value that clears a field of this type in a merge request. */
export function emptyApiValue(field: Pick<FieldDef, 'type'>): unknown {
  switch (field.type) {
    case 'number':
    case 'money':
      return null;
    case 'bool':
      return false;
    case 'tags':
    case 'refs':
      return [];
    default:
      return '';
  }
}

/** A value in a form where equal values compare equal: trimmed text, sorted lists, a missing bool as false. */
function comparable(field: Pick<FieldDef, 'type'>, value: unknown): unknown {
  if (field.type === 'bool') return value === true;
  if (isEmptyValue(value)) return null;
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).sort();
  if (typeof value === 'string') return value.trim();
  return value;
}

/** Whether two records hold the same value for a field (a refs or tags list in any order). */
export function sameValue(field: Pick<FieldDef, 'type'>, a: unknown, b: unknown): boolean {
  return JSON.stringify(comparable(field, a)) === JSON.stringify(comparable(field, b));
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

function formatDate(value: string, withTime: boolean): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m && !withTime ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return (withTime ? dateTimeFormat : dateFormat).format(d);
}

/** One field's value as text for the merge window ("—" when empty, "Yes"/"No" for a bool). */
export function displayValue(field: Pick<FieldDef, 'name' | 'type'>, record: Pick<MergeRecord, 'values' | 'refs' | 'refTitles'>): string {
  const value = record.values[field.name];
  if (field.type === 'bool') return value === true ? 'Yes' : 'No';
  if (value === MASK) return MASK;
  if (isEmptyValue(value)) return '—';
  switch (field.type) {
    case 'ref':
      return record.refs[field.name] || String(value);
    case 'refs':
      return (Array.isArray(value) ? value : [value]).map((id) => record.refTitles[String(id)] || String(id)).join(', ');
    case 'tags':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'number':
    case 'money':
      return typeof value === 'number' ? value.toLocaleString() : String(value);
    case 'date':
      return formatDate(String(value), false);
    case 'datetime':
      return formatDate(String(value), true);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** An RFC 3339 moment in local time ("Mar 4, 2025, 05:06 PM"); "" stays "". */
export function formatWhen(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
}
