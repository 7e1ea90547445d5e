import type { FieldDef, MergeRecord } from './duplicateTypes';
import { MASK, emptyApiValue, isEmptyValue, sameValue } from './fieldValues';

/** A column of the merge window. */
export type Side = 'left' | 'right';
export const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/**
 * choice: the values differ, the person picks one; same: equal values (shown
 * once, greyed); locked: the survivor's value stays (hidden from the role, or
 * read-only); blank: empty in both.
 */
export type RowKind = 'choice' | 'same' | 'locked' | 'blank';

export type MergeRow = {
  field: FieldDef;
  kind: RowKind;
  left: unknown;
  right: unknown;
  /** Why a locked row cannot change. */
  lock?: 'masked' | 'readOnly';
};

/** Field name → the side whose value the survivor keeps. */
export type Choices = Record<string, Side>;

const isMasked = (record: MergeRecord, field: FieldDef) => record.masked.includes(field.name) || record.values[field.name] === MASK;

/** One row per field of the entity, classified. */
export function buildRows(fields: readonly FieldDef[], left: MergeRecord, right: MergeRecord): MergeRow[] {
  return fields.map((field) => {
    const l = left.values[field.name];
    const r = right.values[field.name];
    const base = { field, left: l, right: r };
    if (isMasked(left, field) || isMasked(right, field)) return { ...base, kind: 'locked', lock: 'masked' };
    const same = sameValue(field, l, r);
    if (same) return { ...base, kind: field.type !== 'bool' && isEmptyValue(l) ? 'blank' : 'same' };
    if (field.readOnly) return { ...base, kind: 'locked', lock: 'readOnly' };
    return { ...base, kind: 'choice' };
  });
}

/** The side a row starts on: the survivor's value, or the other's when the survivor's is empty. */
export function defaultChoice(row: MergeRow, survivor: Side): Side {
  if (row.kind !== 'choice') return survivor;
  const other = otherSide(survivor);
  return isEmptyValue(row[survivor]) && !isEmptyValue(row[other]) ? other : survivor;
}

/**
 * The side each choice row keeps: what the person picked, else the default
 * for the current survivor (so swapping the survivor moves untouched rows).
 */
export function effectiveChoices(rows: readonly MergeRow[], survivor: Side, picked: Choices): Choices {
  const out: Choices = {};
  for (const row of rows) {
    if (row.kind !== 'choice') continue;
    out[row.field.name] = picked[row.field.name] ?? defaultChoice(row, survivor);
  }
  return out;
}

/** The rows whose value the survivor takes from the other record. */
export function takenRows(rows: readonly MergeRow[], survivor: Side, choices: Choices): MergeRow[] {
  return rows.filter((row) => row.kind === 'choice' && (choices[row.field.name] ?? survivor) !== survivor);
}

/**
 * MergeRequest.values: only the fields that take the other record's value
 * (left out, a field keeps the survivor's); an empty chosen value clears it.
 */
export function mergeValues(rows: readonly MergeRow[], survivor: Side, choices: Choices): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const row of takenRows(rows, survivor, choices)) {
    const value = row[otherSide(survivor)];
    out[row.field.name] = isEmptyValue(value) ? emptyApiValue(row.field) : value;
  }
  return out;
}

/**
 * The two records' names for the window, numbered when their titles are the
 * same: " (1)" and " (2)", or their numbers in a bigger group.
 */
export function displayNames(left: string, right: string, numbers: [number, number] = [1, 2]): [string, string] {
  const l = left.trim() || '(untitled)';
  const r = right.trim() || '(untitled)';
  if (l.toLocaleLowerCase() !== r.toLocaleLowerCase()) return [l, r];
  return [`${l} (${numbers[0]})`, `${r} (${numbers[1]})`];
}
