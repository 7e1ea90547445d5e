import type { DedupEntity } from './duplicateTypes';
import { isDedupEntity } from './duplicateTypes';

/** The fields a duplicate check reads, per entity (backend matchFields). */
export const CHECK_FIELDS: Record<DedupEntity, readonly string[]> = {
  contacts: ['firstName', 'lastName', 'email', 'email2', 'phone', 'companyId'],
  leads: ['firstName', 'lastName', 'email', 'phone', 'companyName'],
  companies: ['name', 'domain', 'phone'],
};

/** Fields that alone are enough to look for duplicates (a name needs two letters). */
const KEYS = ['email', 'email2', 'phone', 'domain'];
const NAMES = ['lastName', 'name'];

/**
 * The values a duplicate check sends: the filled text values of the fields
 * it reads, or null when there is nothing to look for yet (or the entity has
 * no duplicate rules). Typing in other fields does not change the result.
 */
export function checkValues(entity: string, values: Record<string, unknown>): Record<string, string> | null {
  if (!isDedupEntity(entity)) return null;
  const out: Record<string, string> = {};
  for (const name of CHECK_FIELDS[entity]) {
    const value = values[name];
    if (typeof value === 'string' && value.trim() !== '') out[name] = value.trim();
  }
  const enough = KEYS.some((k) => out[k]) || NAMES.some((k) => (out[k] ?? '').length >= 2);
  return enough ? out : null;
}
