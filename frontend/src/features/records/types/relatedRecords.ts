import type { EntityDef, FieldDef, ListQueryInput } from '../api/recordsApi';
import { toFilters } from './filters';
import { stageFieldOf } from './format';

/** How many related records a panel lists. */
export const RELATED_LIMIT = 20;

/** An entity whose refs field links to records of another entity (e.g. deals.contactIds → contacts). */
export type RelatedSource = { entity: EntityDef; field: FieldDef };

/**
 * The related-records panels of a record of `target`: every other entity with a refs field
 * whose ref is `target`, in schema order, when `canRead(entity)` says the viewer may read it.
 */
export function relatedSources(schema: readonly EntityDef[], target: string, canRead: (entity: string) => boolean): RelatedSource[] {
  const out: RelatedSource[] = [];
  for (const entity of schema) {
    if (entity.name === target || !canRead(entity.name)) continue;
    for (const field of entity.fields) {
      if (field.type === 'refs' && field.ref === target) out.push({ entity, field });
    }
  }
  return out;
}

/** The panel's heading: the entity's plural, plus the field when the entity links in more than one way. */
export function relatedTitle(source: RelatedSource, all: readonly RelatedSource[]): string {
  const several = all.filter((s) => s.entity.name === source.entity.name).length > 1;
  return several ? `${source.entity.labelPlural} (${source.field.label})` : source.entity.labelPlural;
}

/** The first page of records of the source whose refs field includes `id`. */
export function relatedListQuery(source: RelatedSource, id: string, limit = RELATED_LIMIT): ListQueryInput {
  return {
    entity: source.entity.name,
    filters: toFilters({ [source.field.name]: { op: 'contains', value: id } }, [source.field]),
    search: '',
    sort: '',
    desc: true,
    offset: 0,
    limit,
    trash: false,
  };
}

/** The fields a related row shows after its title: the stage (if any) and the first listed date. */
export function summaryFields(entity: EntityDef): FieldDef[] {
  const stage = stageFieldOf(entity);
  const date = entity.fields.find((f) => f.inList && (f.type === 'date' || f.type === 'datetime') && f.name !== entity.titleField);
  return [stage, date].filter((f): f is FieldDef => !!f);
}
