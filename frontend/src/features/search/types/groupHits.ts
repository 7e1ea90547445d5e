import type { SearchHit } from '../api/searchApi';

export const MIN_QUERY = 2;

/** Group order and titles; an entity not listed here comes last under its own name. */
export const ENTITY_GROUPS: ReadonlyArray<{ entity: string; label: string }> = [
  { entity: 'contacts', label: 'Contacts' },
  { entity: 'leads', label: 'Leads' },
  { entity: 'companies', label: 'Companies' },
  { entity: 'deals', label: 'Deals' },
  { entity: 'activities', label: 'Activities' },
  { entity: 'tasks', label: 'Tasks' },
];

export type HitGroup = { entity: string; label: string; hits: SearchHit[] };

/** Hits grouped by entity in sidebar order, keeping the backend's ranking within a group; duplicates dropped. */
export function groupHits(hits: readonly SearchHit[] | null | undefined): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  const seen = new Set<string>();
  for (const hit of hits ?? []) {
    const key = `${hit.entity}/${hit.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let group = groups.get(hit.entity);
    if (!group) {
      const known = ENTITY_GROUPS.find((g) => g.entity === hit.entity);
      group = { entity: hit.entity, label: known?.label ?? hit.entity.charAt(0).toUpperCase() + hit.entity.slice(1), hits: [] };
      groups.set(hit.entity, group);
    }
    group.hits.push(hit);
  }
  const rank = (entity: string) => {
    const i = ENTITY_GROUPS.findIndex((g) => g.entity === entity);
    return i === -1 ? ENTITY_GROUPS.length : i;
  };
  return [...groups.values()].sort((a, b) => rank(a.entity) - rank(b.entity) || a.entity.localeCompare(b.entity));
}

/** Whether a palette query is long enough to search records. */
export function searchable(query: string): boolean {
  return query.trim().length >= MIN_QUERY;
}

export const hitPath = (hit: Pick<SearchHit, 'entity' | 'id'>) => `/${hit.entity}/${encodeURIComponent(hit.id)}`;
