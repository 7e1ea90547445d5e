import type { ListQueryInput } from '../api/recordsApi';
import type { FieldDef } from '../api/recordsApi';
import { toFilters, type FilterState } from './filters';

export const PAGE_SIZE = 100;

/** Everything that decides which rows a list shows (not which page). */
export type ListState = {
  search: string;
  sort: string; // "" = the backend default (updatedAt)
  desc: boolean;
  filters: FilterState;
  trash: boolean;
};

export const initialListState: ListState = { search: '', sort: '', desc: true, filters: {}, trash: false };

/** Whether a list may sort by the field; a refs field never sorts. */
export function isSortable(field: Pick<FieldDef, 'type' | 'sortable'>): boolean {
  return field.sortable && field.type !== 'refs';
}

/** The sort key to send: "" (the default) when it names a field that cannot sort. */
function sortKey(sort: string, fields: readonly FieldDef[]): string {
  const field = fields.find((f) => f.name === sort);
  return field && field.type === 'refs' ? '' : sort;
}

/** The ListQuery for one page of the list. */
export function buildListQuery(
  entity: string,
  state: ListState,
  fields: readonly FieldDef[] = [],
  offset = 0,
  limit = PAGE_SIZE,
): ListQueryInput {
  return {
    entity,
    filters: toFilters(state.filters, fields),
    search: state.search.trim(),
    sort: sortKey(state.sort, fields),
    desc: state.desc,
    offset,
    limit,
    trash: state.trash,
  };
}

/**
 * The TanStack Query key of a list: the query without paging, so every page of
 * one list shares a key and equal filters in any order share a cache entry.
 */
export function recordListKey(query: ListQueryInput) {
  const { entity, filters, search, sort, desc, trash } = query;
  return ['records', 'list', entity, { filters, search, sort, desc, trash }] as const;
}

export const recordKey = (entity: string, id: string) => ['records', 'one', entity, id] as const;
export const timelineKey = (entity: string, id: string) => ['records', 'timeline', entity, id] as const;
export const schemaKey = ['records', 'schema'] as const;
export const viewsKey = (entity: string) => ['records', 'views', entity] as const;
/** The key of a small one-page list (a related-records panel); kept apart from the paged lists' keys. */
export const relatedListKey = (query: ListQueryInput) => ['records', 'related', query.entity, query.filters, query.limit] as const;
