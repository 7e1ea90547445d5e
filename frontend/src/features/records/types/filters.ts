import type { FieldDef, Filter } from '../api/recordsApi';

/**
 * What a column filter holds in the UI; toFilters turns it into backend Filters.
 * On a refs field "contains" holds one record id, and `label` its title for the editor.
 */
export type FilterValue =
  | { op: 'contains' | 'starts' | 'eq'; value: string; label?: string }
  | { op: 'in'; values: string[] }
  | { op: 'range'; min?: number | string; max?: number | string }
  | { op: 'is'; value: boolean }
  | { op: 'empty' | 'notempty' };

/** Column filters by field name. */
export type FilterState = Record<string, FilterValue>;

export type FilterKind = 'text' | 'enum' | 'number' | 'date' | 'bool' | 'presence' | 'refs';

/** Which filter editor a field gets; refs: "includes this record", empty, not empty. */
export function filterKindOf(field: Pick<FieldDef, 'type'>): FilterKind {
  switch (field.type) {
    case 'enum':
      return 'enum';
    case 'number':
    case 'money':
      return 'number';
    case 'date':
    case 'datetime':
      return 'date';
    case 'bool':
      return 'bool';
    case 'ref':
      return 'presence';
    case 'refs':
      return 'refs';
    default:
      return 'text';
  }
}

const blank = (v: unknown) => v === undefined || v === null || v === '';

/** Whether a filter restricts anything (an empty text box does not). */
export function isActive(value: FilterValue | undefined): value is FilterValue {
  if (!value) return false;
  switch (value.op) {
    case 'contains':
    case 'starts':
    case 'eq':
      return value.value !== '';
    case 'in':
      return value.values.length > 0;
    case 'range':
      return !blank(value.min) || !blank(value.max);
    default:
      return true;
  }
}

/** A date bound of a datetime field as RFC 3339: the start or the end of that UTC day. */
function dateBound(field: FieldDef | undefined, v: number | string, end: boolean): number | string {
  if (field?.type !== 'datetime' || typeof v !== 'string') return v;
  return `${v}T${end ? '23:59:59' : '00:00:00'}Z`;
}

/** The backend Filters for the UI state, sorted by field so equal states give equal query keys. */
export function toFilters(state: FilterState, fields: readonly FieldDef[] = []): Filter[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const out: Filter[] = [];
  for (const name of Object.keys(state).sort()) {
    const value = state[name];
    if (!isActive(value)) continue;
    const field = byName.get(name);
    switch (value.op) {
      case 'contains':
      case 'starts':
      case 'eq':
        out.push({ field: name, op: value.op, value: value.value });
        break;
      case 'in':
        out.push({ field: name, op: 'in', value: [...value.values].sort() });
        break;
      case 'range':
        if (!blank(value.min)) out.push({ field: name, op: 'gte', value: dateBound(field, value.min!, false) });
        if (!blank(value.max)) out.push({ field: name, op: 'lte', value: dateBound(field, value.max!, true) });
        break;
      case 'is':
        out.push({ field: name, op: 'eq', value: value.value });
        break;
      case 'empty':
      case 'notempty':
        out.push({ field: name, op: value.op, value: null });
        break;
    }
  }
  return out;
}

const dateOnly = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : v);

/** The UI state for saved Filters (a saved view being applied). Unknown operators are dropped. */
export function fromFilters(filters: readonly Filter[] | null | undefined): FilterState {
  const state: FilterState = {};
  for (const f of filters ?? []) {
    const prev = state[f.field];
    switch (f.op) {
      case 'contains':
      case 'starts':
        state[f.field] = { op: f.op, value: String(f.value ?? '') };
        break;
      case 'eq':
        state[f.field] = typeof f.value === 'boolean' ? { op: 'is', value: f.value } : { op: 'eq', value: String(f.value ?? '') };
        break;
      case 'in':
        state[f.field] = { op: 'in', values: Array.isArray(f.value) ? f.value.map(String) : [] };
        break;
      case 'gte':
      case 'lte': {
        const range = prev?.op === 'range' ? prev : { op: 'range' as const };
        state[f.field] = { ...range, [f.op === 'gte' ? 'min' : 'max']: dateOnly(f.value) as number | string };
        break;
      }
      case 'empty':
      case 'notempty':
        state[f.field] = { op: f.op };
        break;
    }
  }
  return state;
}
