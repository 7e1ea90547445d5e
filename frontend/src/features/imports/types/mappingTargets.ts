import type { EntityField, ImportEntity } from './importTypes';

/** Pseudo fields a column may map to besides an entity's own (backend importmap). */
export const FULL_NAME = 'fullName';
export const OWNER = 'owner';

/** The entities whose records are people: they take a full name split into first and last. */
export const PEOPLE: ReadonlySet<ImportEntity> = new Set(['contacts', 'leads']);

/** A field a column may map to. */
export type MappingTarget = { value: string; label: string; required: boolean; type: string };

/**
 * The fields a column of `entity` may map to, in form order (as
 * importmap.Targets): every field that is not read-only and not a list of
 * record links, then Full name (people) and Owner.
 */
export function mappingTargets(entity: ImportEntity, fields: readonly EntityField[]): MappingTarget[] {
  const out: MappingTarget[] = fields
    .filter((f) => !f.readOnly && f.type !== 'refs')
    .map((f) => ({ value: f.name, label: f.label, required: f.required, type: f.type }));
  if (PEOPLE.has(entity)) out.push({ value: FULL_NAME, label: 'Full name (split into first and last)', required: false, type: 'text' });
  out.push({ value: OWNER, label: 'Owner (user name)', required: false, type: 'text' });
  return out;
}

/** The label of a target field, or the name itself when unknown. */
export function targetLabel(targets: readonly MappingTarget[], field: string): string {
  return targets.find((t) => t.value === field)?.label ?? field;
}

/** The value types of the mapped fields ("number", "date", …): the formats that matter for this file. */
export function mappedTypes(mapping: readonly string[], targets: readonly MappingTarget[]): Set<string> {
  return new Set(mapping.flatMap((field) => targets.filter((t) => t.value === field).map((t) => t.type)));
}
