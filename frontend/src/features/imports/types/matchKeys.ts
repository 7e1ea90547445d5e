import { FULL_NAME, PEOPLE } from './mappingTargets';
import type { ImportEntity, ImportMode, MatchKey } from './importTypes';

export type MatchKeyOption = { value: MatchKey; label: string };

/** The match keys an entity offers (backend ImportService prepare): email for people; phone not for deals. */
export function matchKeyOptions(entity: ImportEntity): MatchKeyOption[] {
  const people = PEOPLE.has(entity);
  const out: MatchKeyOption[] = [{ value: '', label: 'Don’t match (create every row)' }];
  if (people) out.push({ value: 'email', label: 'Email' });
  out.push({ value: 'externalId', label: 'External ID' });
  if (entity !== 'deals') out.push({ value: 'phone', label: 'Phone' });
  out.push({ value: 'nameCompany', label: entity === 'companies' ? 'Name' : 'Name and company' });
  return out;
}

/** Whether `key` can match records of `entity`. */
export function isMatchKeyAvailable(entity: ImportEntity, key: MatchKey): boolean {
  return matchKeyOptions(entity).some((o) => o.value === key);
}

/** The field a match key reads, which must be mapped ("" for none). */
export function matchKeyField(entity: ImportEntity, key: MatchKey): string {
  switch (key) {
    case 'email':
      return 'email';
    case 'externalId':
      return 'externalId';
    case 'phone':
      return 'phone';
    case 'nameCompany':
      return PEOPLE.has(entity) ? 'lastName' : 'name';
    default:
      return '';
  }
}

/** Why the match key cannot be used with this mode and mapping; "" when it can. */
export function matchKeyProblem(entity: ImportEntity, mode: ImportMode, key: MatchKey, mapped: ReadonlySet<string>): string {
  if (!isMatchKeyAvailable(entity, key)) return 'These records cannot be matched that way.';
  if (key === '') return mode === 'create' ? '' : 'Choose how rows find the records they update.';
  const field = matchKeyField(entity, key);
  if (mapped.has(field) || (field === 'lastName' && mapped.has(FULL_NAME))) return '';
  const label = matchKeyOptions(entity).find((o) => o.value === key)?.label ?? key;
  const holds = { email: 'emails', externalId: 'external IDs', phone: 'phone numbers', nameCompany: PEOPLE.has(entity) ? 'last names' : 'names' }[key];
  return `Map the column with the ${holds} to match on ${label}.`;
}

/** A sensible first match key: email for people when it is mapped, else none. */
export function defaultMatchKey(entity: ImportEntity, mapped: ReadonlySet<string>): MatchKey {
  return PEOPLE.has(entity) && mapped.has('email') ? 'email' : '';
}

export type ModeOption = { value: ImportMode; label: string; description: string };

export const MODE_OPTIONS: readonly ModeOption[] = [
  { value: 'create', label: 'Create new records only', description: 'Rows that match an existing record are skipped as duplicates.' },
  { value: 'update', label: 'Update existing records only', description: 'Rows without a match are skipped; nothing is created.' },
  { value: 'upsert', label: 'Update existing, create the rest', description: 'Matching records are updated; the other rows become new records.' },
];

/** The modes the caller's scope allows: creating needs create scope, updating update scope. */
export function allowedModes(canCreate: boolean, canUpdate: boolean): ImportMode[] {
  return MODE_OPTIONS.map((m) => m.value).filter((m) => (m === 'update' || canCreate) && (m === 'create' || canUpdate));
}
