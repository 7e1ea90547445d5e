import type { FieldDef } from '../api/recordsApi';
import { MASK } from './fieldSchema';
import { toApiValue, type FormValues } from './formValues';
import { sameIdSet } from './refTitles';

/** Whether two API values are equal; a refs list compares as a set (its order is not an edit). */
const same = (field: FieldDef, a: unknown, b: unknown) =>
  field.type === 'refs' ? sameIdSet(a, b) : JSON.stringify(a) === JSON.stringify(b);

/** Whether a field is one the user may not change in this form. */
function locked(field: FieldDef, masked: readonly string[], value: unknown): boolean {
  return field.readOnly || masked.includes(field.name) || value === MASK;
}

/**
 * The values an Update sends: only fields whose value changed. A masked field
 * (or any value still "••••") is never sent: the backend reads "••••" as
 * "unchanged", and echoing it back must not look like an edit. A changed refs
 * field sends its whole list, ids the viewer cannot see included.
 */
export function changedValues(
  fields: readonly FieldDef[],
  initial: FormValues,
  current: FormValues,
  masked: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = current[field.name];
    if (locked(field, masked, value)) continue;
    const next = toApiValue(field, value);
    if (!same(field, toApiValue(field, initial[field.name]), next)) out[field.name] = next;
  }
  return out;
}

/** The values a Create sends: every filled field the user may set. */
export function createValues(fields: readonly FieldDef[], current: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = current[field.name];
    if (locked(field, [], value)) continue;
    const next = toApiValue(field, value);
    const empty = next === '' || next === null || next === false || (Array.isArray(next) && next.length === 0);
    if (!empty) out[field.name] = next;
  }
  return out;
}
