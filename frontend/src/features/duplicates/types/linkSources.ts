import type { EntityDef, LinkQuery } from './duplicateTypes';
import type { LinkCount } from './mergeSummary';

/** The field that names the entity a relatedId-style ref points into. */
const RELATED_ENTITY = 'relatedEntity';

/** The queries that find the records of one entity linking to a record. */
export type LinkSource = { entity: EntityDef; queries: LinkQuery[] };

/**
 * Every way a record of `target` is linked to, per readable entity: a ref
 * field to it (a deal's company), a refs list (a deal's contacts) or a
 * relatedEntity + relatedId pair (activities, tasks). These are the links a
 * merge moves to the survivor.
 */
export function linkSources(schema: readonly EntityDef[], target: string, id: string): LinkSource[] {
  const out: LinkSource[] = [];
  for (const entity of schema) {
    const related = entity.fields.find((f) => f.name === RELATED_ENTITY);
    const queries: LinkQuery[] = [];
    for (const field of entity.fields) {
      if (field.type === 'ref' && field.ref === target) {
        queries.push({ entity: entity.name, filters: [{ field: field.name, op: 'eq', value: id }] });
      } else if (field.type === 'refs' && field.ref === target) {
        queries.push({ entity: entity.name, filters: [{ field: field.name, op: 'contains', value: id }] });
      } else if (field.type === 'ref' && field.ref === '' && related?.options?.includes(target)) {
        queries.push({
          entity: entity.name,
          filters: [
            { field: RELATED_ENTITY, op: 'eq', value: target },
            { field: field.name, op: 'eq', value: id },
          ],
        });
      }
    }
    if (queries.length > 0) out.push({ entity, queries });
  }
  return out;
}

/** One query's answer: the first ids and the total. */
export type LinkPage = { ids: readonly string[]; total: number; capped: boolean };

/**
 * How many distinct records of a source link to the record: a deal that
 * names a contact as primary and in its list counts once. When a page did
 * not hold every match, the count is at least the biggest total (and capped).
 */
export function countLinks(source: LinkSource, pages: readonly LinkPage[]): LinkCount {
  const ids = new Set(pages.flatMap((p) => p.ids));
  const partial = pages.some((p) => p.capped || p.total > p.ids.length);
  const count = partial ? Math.max(ids.size, ...pages.map((p) => p.total)) : ids.size;
  return { label: source.entity.label, labelPlural: source.entity.labelPlural, count, capped: partial };
}
