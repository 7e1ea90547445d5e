import type { CrmRecord, FieldDef } from '../api/recordsApi';
import { MASK } from './fieldSchema';
import { toIdList } from './refTitles';

/**
 * Form values by field name. Shapes: text-like, enum, ref, date → string ("" = empty);
 * datetime → "YYYY-MM-DDTHH:mm" local; number/money → number | ""; bool → boolean;
 * tags → string[]; refs → string[] of record ids; a masked field → "••••".
 */
export type FormValues = Record<string, unknown>;

const pad = (n: number) => String(n).padStart(2, '0');

/** RFC 3339 → the value of an <input type="datetime-local"> in local time. */
export function toLocalDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value → RFC 3339 UTC without milliseconds. */
export function toUtcDateTime(local: string): string {
  const d = new Date(local);
  if (Number.isNaN(d.getTime())) return '';
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function emptyFormValue(field: FieldDef): unknown {
  switch (field.type) {
    case 'number':
    case 'money':
      return '';
    case 'bool':
      return false;
    case 'tags':
    case 'refs':
      return [];
    default:
      return '';
  }
}

/** A backend value → the form's shape for the field. */
export function toFormValue(field: FieldDef, value: unknown): unknown {
  if (value === MASK) return MASK;
  if (value === null || value === undefined) return emptyFormValue(field);
  switch (field.type) {
    case 'number':
    case 'money':
      return typeof value === 'number' ? value : Number.isFinite(Number(value)) && value !== '' ? Number(value) : '';
    case 'bool':
      return value === true;
    case 'tags':
      return Array.isArray(value) ? value.map(String) : [];
    case 'refs':
      return toIdList(value);
    case 'datetime':
      return typeof value === 'string' && value !== '' ? toLocalDateTime(value) : '';
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/** The form's value → what RecordInput.Values carries (null clears a number). */
export function toApiValue(field: FieldDef, value: unknown): unknown {
  switch (field.type) {
    case 'number':
    case 'money':
      return value === '' || value === null || value === undefined ? null : Number(value);
    case 'bool':
      return value === true;
    case 'tags':
      return Array.isArray(value) ? value : [];
    case 'refs':
      return toIdList(value);
    case 'datetime':
      return typeof value === 'string' && value !== '' ? toUtcDateTime(value) : '';
    default:
      return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  }
}

/** Initial form values for a new record (defaults) or an existing one (masked fields stay "••••"). */
export function toFormValues(fields: readonly FieldDef[], record?: Pick<CrmRecord, 'values' | 'masked'>): FormValues {
  const out: FormValues = {};
  for (const field of fields) {
    const masked = record?.masked?.includes(field.name);
    out[field.name] = masked ? MASK : toFormValue(field, record?.values?.[field.name]);
  }
  return out;
}
