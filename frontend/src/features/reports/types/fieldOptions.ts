import type { CatalogField } from './reportTypes';
import { PSEUDO_FIELDS } from './specDraft';

export const MASKED_FIELD_HINT = 'Confidential: your role cannot see this field, so a report cannot use it.';

const PREFIX_GROUP: Record<string, string> = {
  company: 'Company', lead: 'Lead', deal: 'Converted deal', owner: 'Owner', team: 'Team', stage: 'Stage',
};

/** The option group a field is listed under: its own fields, record info, or the related record it comes from. */
export function fieldGroup(field: Pick<CatalogField, 'key'>): string {
  if (PSEUDO_FIELDS.includes(field.key)) return 'Record info';
  const dot = field.key.indexOf('.');
  if (dot < 0) return 'Fields';
  const prefix = field.key.slice(0, dot);
  return PREFIX_GROUP[prefix] ?? prefix;
}

export type FieldOption = { value: string; label: string; disabled?: boolean };
export type FieldOptionGroup = { group: string; items: FieldOption[] };

/**
 * Select data for fields that `usable` accepts, grouped (Fields, related
 * records, Record info) in catalog order; masked fields stay listed but
 * disabled, so the person sees why they are missing.
 */
export function fieldOptions(fields: readonly CatalogField[], usable: (f: CatalogField) => boolean = () => true): FieldOptionGroup[] {
  const groups = new Map<string, FieldOption[]>();
  for (const f of fields) {
    if (!usable(f)) continue;
    const group = fieldGroup(f);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push({ value: f.key, label: fieldLabel(f, fields), disabled: f.masked || undefined });
  }
  const order = (g: string) => (g === 'Fields' ? 0 : g === 'Record info' ? 2 : 1);
  return [...groups.entries()].sort((a, b) => order(a[0]) - order(b[0])).map(([group, items]) => ({ group, items }));
}

/**
 * A field's label in pickers: a record reference whose label another field
 * shares (deals have "Stage", the stage id, and "Stage", its name) reads
 * "Stage (record ID)", so the two can be told apart.
 */
export function fieldLabel(field: Pick<CatalogField, 'key' | 'label' | 'type'>, fields: readonly Pick<CatalogField, 'key' | 'label'>[]): string {
  const shared = fields.some((f) => f.key !== field.key && f.label === field.label);
  return shared && field.type === 'ref' ? `${field.label} (record ID)` : field.label;
}

/** Fields worth grouping by: groupable, and not a raw record id (its name field groups better), unless already chosen. */
export function groupableFor(current: string) {
  return (f: CatalogField) => f.groupable && (f.type !== 'ref' || f.key === current);
}
