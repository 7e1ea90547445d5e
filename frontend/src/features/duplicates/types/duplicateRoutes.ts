import type { DedupEntity } from './duplicateTypes';

/** What the section shows for an entity: /duplicates/<entity>/<view>. */
export const DUPLICATE_VIEWS = ['find', 'history', 'rules'] as const;
export type DuplicateView = (typeof DUPLICATE_VIEWS)[number];

export function isDuplicateView(value: unknown): value is DuplicateView {
  return typeof value === 'string' && (DUPLICATE_VIEWS as readonly string[]).includes(value);
}

export const duplicatesPath = (entity: DedupEntity, view: DuplicateView = 'find') => `/duplicates/${entity}/${view}`;

/** Labels of the entities with duplicate rules (the tabs; merge texts use the schema's). */
export const ENTITY_LABELS: Record<DedupEntity, { singular: string; plural: string }> = {
  contacts: { singular: 'contact', plural: 'contacts' },
  leads: { singular: 'lead', plural: 'leads' },
  companies: { singular: 'company', plural: 'companies' },
};

/** The records feature's page of a record (its URL scheme: /<entity>/<id>). */
export const recordPath = (entity: string, id: string) => `/${entity}/${encodeURIComponent(id)}`;
