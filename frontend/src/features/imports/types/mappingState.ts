import { FULL_NAME, PEOPLE, type MappingTarget } from './mappingTargets';
import type { ImportEntity, ImportMappingLine, ImportMode } from './importTypes';

/** The field each file column maps to, by column index ("" = Don't import). */
export type Mapping = readonly string[];

/** The mapping Inspect suggested, one entry per header column (unknown fields dropped). */
export function mappingFromSuggested(header: readonly string[], suggested: readonly ImportMappingLine[], targets: readonly MappingTarget[]): Mapping {
  const known = new Set(targets.map((t) => t.value));
  const out = header.map(() => '');
  for (const line of suggested) {
    if (line.column >= 0 && line.column < out.length && known.has(line.field)) out[line.column] = line.field;
  }
  return out;
}

/** The mapping with `column` mapped to `field` ("" = Don't import). */
export function setColumnField(mapping: Mapping, column: number, field: string): Mapping {
  return mapping.map((f, i) => (i === column ? field : f));
}

/** The fields mapped at least once. */
export function mappedFields(mapping: Mapping): Set<string> {
  return new Set(mapping.filter((f) => f !== ''));
}

/** Fields chosen for more than one column, with those columns in order. */
export function fieldsUsedTwice(mapping: Mapping): Map<string, number[]> {
  const byField = new Map<string, number[]>();
  mapping.forEach((field, column) => {
    if (field) byField.set(field, [...(byField.get(field) ?? []), column]);
  });
  return new Map([...byField].filter(([, columns]) => columns.length > 1));
}

/** Per column, why its choice clashes with another column's: "Also chosen for “E-mail 2”." */
export function duplicateWarnings(mapping: Mapping, header: readonly string[]): Record<number, string> {
  const out: Record<number, string> = {};
  for (const columns of fieldsUsedTwice(mapping).values()) {
    for (const column of columns) {
      const others = columns.filter((c) => c !== column).map((c) => `“${header[c] || columnName(c)}”`);
      out[column] = `Also chosen for ${others.join(' and ')}: each field takes one column.`;
    }
  }
  return out;
}

/**
 * The required fields new records would lack: none in update mode (it
 * creates nothing); First and Last name count as mapped when Full name is.
 */
export function missingRequired(entity: ImportEntity, mode: ImportMode, mapping: Mapping, targets: readonly MappingTarget[]): MappingTarget[] {
  if (mode === 'update') return [];
  const mapped = mappedFields(mapping);
  const fullName = PEOPLE.has(entity) && mapped.has(FULL_NAME);
  return targets.filter((t) => t.required && !mapped.has(t.value) && !(fullName && (t.value === 'firstName' || t.value === 'lastName')));
}

/** The sentence for a missing required field: "Map a column to Last name or Full name: new records need it." */
export function requiredMessage(entity: ImportEntity, target: MappingTarget): string {
  const name = PEOPLE.has(entity) && (target.value === 'lastName' || target.value === 'firstName') ? `${target.label} or Full name` : target.label;
  return `Map a column to ${name}: new records need it.`;
}

/** The request's mapping: every column with its header and field. */
export function toRequestMapping(mapping: Mapping, header: readonly string[], suggested: readonly ImportMappingLine[]): ImportMappingLine[] {
  return mapping.map((field, column) => ({
    column,
    header: header[column] ?? '',
    field,
    suggested: field !== '' && suggested.some((s) => s.column === column && s.field === field && s.suggested),
  }));
}

/** A spreadsheet column name: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
