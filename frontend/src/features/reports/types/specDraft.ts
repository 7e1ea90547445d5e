import { operandKind } from './operators';
import type { CatalogEntity, CatalogField, ReportAggregate, ReportFilter, ReportFormat, ReportGroup, ReportSort, ReportSpec } from './reportTypes';

/**
 * The builder's working copy of a spec: every list present, the format
 * settled. Groups and aggregates survive a switch to tabular (they are only
 * left out of the spec sent), so flipping formats loses no work.
 */
export type SpecDraft = {
  entity: string;
  format: ReportFormat;
  columns: string[];
  filters: ReportFilter[];
  groups: ReportGroup[];
  aggregates: ReportAggregate[];
  sort: ReportSort[];
  /** 0 = no limit. */
  limit: number;
  compare?: string;
};

/** Fields every record has; not offered as default columns. */
export const PSEUDO_FIELDS = ['id', 'createdAt', 'updatedAt', 'ownerId', 'teamId'];
const DEFAULT_COLUMN_COUNT = 5;
const PREFERRED_ENTITY = 'deals';

export function isFormat(value: unknown): value is ReportFormat {
  return value === 'tabular' || value === 'summary' || value === 'matrix';
}

/** The first few plain fields of an entity the caller may see: a new tabular report's columns. */
export function defaultColumns(fields: readonly CatalogField[]): string[] {
  return fields
    .filter((f) => !f.masked && !PSEUDO_FIELDS.includes(f.key) && !f.key.includes('.') && f.type !== 'ref' && f.type !== 'refs')
    .slice(0, DEFAULT_COLUMN_COUNT)
    .map((f) => f.key);
}

/** A new report: deals (or the first readable type) as a table of its main fields. */
export function newDraft(catalog: readonly CatalogEntity[], entity?: string): SpecDraft {
  const target = catalog.find((e) => e.entity === entity) ?? catalog.find((e) => e.entity === PREFERRED_ENTITY) ?? catalog[0];
  return {
    entity: target?.entity ?? '',
    format: 'tabular',
    columns: defaultColumns(target?.fields ?? []),
    filters: [],
    groups: [],
    aggregates: [],
    sort: [],
    limit: 0,
  };
}

/** The draft of an existing spec (a saved or built-in report being edited). */
export function draftFromSpec(spec: ReportSpec): SpecDraft {
  return {
    entity: spec.entity,
    format: isFormat(spec.format) ? spec.format : 'tabular',
    columns: [...(spec.columns ?? [])],
    filters: (spec.filters ?? []).map((f) => ({ ...f })),
    groups: (spec.groups ?? []).map((g) => ({ ...g })),
    aggregates: (spec.aggregates ?? []).map((a) => ({ ...a })),
    sort: (spec.sort ?? []).map((s) => ({ ...s })),
    limit: spec.limit ?? 0,
    compare: spec.compare || undefined,
  };
}

/** Another record type: everything field-related starts over. */
export function withEntity(draft: SpecDraft, entity: string, catalog: readonly CatalogEntity[]): SpecDraft {
  const next = newDraft(catalog, entity);
  return { ...next, format: draft.format, aggregates: draft.format === 'tabular' ? [] : [{ func: 'count' }], limit: draft.limit };
}

/**
 * Another format, with what it needs filled in: a summary or matrix counts
 * records when it has no aggregate, a matrix keeps one aggregate, a table
 * gets default columns when it has none. Sort keys the format cannot use go.
 */
export function withFormat(draft: SpecDraft, format: ReportFormat, fields: readonly CatalogField[]): SpecDraft {
  const next: SpecDraft = { ...draft, format };
  // A table's untouched default columns would become the drill-down columns; the backend's default list is better there.
  if (draft.format === 'tabular' && format !== 'tabular' && sameList(draft.columns, defaultColumns(fields))) next.columns = [];
  if (format !== 'tabular' && next.aggregates.length === 0) next.aggregates = [{ func: 'count' }];
  if (format === 'matrix' && next.aggregates.length > 1) next.aggregates = next.aggregates.slice(0, 1);
  if (format === 'tabular' && next.columns.length === 0) next.columns = defaultColumns(fields);
  if (format === 'tabular') next.compare = undefined;
  const valid = new Set(sortKeys(next, fields));
  next.sort = next.sort.filter((s) => valid.has(s.key));
  return next;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The key naming an aggregate in sort keys and results (backend aggregateKey). */
export function aggregateKey(a: Pick<ReportAggregate, 'key' | 'func' | 'field'>): string {
  if (a.key) return a.key;
  return a.field ? `${a.func}:${a.field}` : a.func;
}

const FUNC_LABEL: Record<string, string> = { count: 'Count', sum: 'Sum', avg: 'Average', min: 'Minimum', max: 'Maximum', percent: 'Percent' };

/** An aggregate's header: its label, else "Sum of amount" as the backend derives it. */
export function aggregateLabel(a: ReportAggregate, fields: readonly CatalogField[]): string {
  if (a.label) return a.label;
  const base = FUNC_LABEL[a.func] ?? a.func;
  const field = fields.find((f) => f.key === a.field);
  return field && a.func !== 'count' && a.func !== 'percent' ? `${base} of ${field.label.toLowerCase()}` : base;
}

/** Keys a report of the draft's format may sort by. */
export function sortKeys(draft: Pick<SpecDraft, 'format' | 'groups' | 'aggregates'>, fields: readonly CatalogField[]): string[] {
  if (draft.format === 'tabular') return fields.filter((f) => !f.masked && (f.groupable || f.numeric)).map((f) => f.key);
  const groups = draft.format === 'matrix' ? draft.groups.slice(0, 1) : draft.groups.slice(0, 2);
  return [...new Set([...groups.map((g) => g.field).filter(Boolean), ...draft.aggregates.map(aggregateKey)])];
}

/** The sort choices, labelled. */
export function sortOptions(draft: SpecDraft, fields: readonly CatalogField[]): { value: string; label: string }[] {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const aggs = new Map(draft.aggregates.map((a) => [aggregateKey(a), a]));
  return sortKeys(draft, fields).map((key) => {
    const agg = aggs.get(key);
    return { value: key, label: agg ? aggregateLabel(agg, fields) : (byKey.get(key)?.label ?? key) };
  });
}

/** A filter with only the operand its operator takes. */
export function cleanFilter(filter: ReportFilter): ReportFilter {
  const out: ReportFilter = { field: filter.field, op: filter.op };
  switch (operandKind(filter.op)) {
    case 'single':
      out.value = filter.value;
      break;
    case 'pair':
    case 'list':
      out.values = [...(filter.values ?? [])];
      break;
    case 'days':
      out.n = filter.n;
      break;
  }
  return out;
}

function cleanAggregate(a: ReportAggregate): ReportAggregate {
  const out: ReportAggregate = { func: a.func };
  if (a.key) out.key = a.key;
  if (a.label?.trim()) out.label = a.label.trim();
  if (a.func !== 'count' && a.func !== 'percent' && a.field) out.field = a.field;
  if (a.where?.length) out.where = a.where.map(cleanFilter);
  if (a.of?.length) out.of = a.of.map(cleanFilter);
  return out;
}

/**
 * The spec to run or save: only what the format uses (a table has no groups
 * or aggregates; a summary's columns are its drill-down columns), operands
 * trimmed to their operator, empty parts left out.
 */
export function specFromDraft(draft: SpecDraft): ReportSpec {
  const spec: ReportSpec = { entity: draft.entity, format: draft.format };
  if (draft.columns.length > 0) spec.columns = [...draft.columns];
  if (draft.filters.length > 0) spec.filters = draft.filters.map(cleanFilter);
  if (draft.format !== 'tabular') {
    if (draft.groups.length > 0) spec.groups = draft.groups.map((g) => (g.bucket ? { field: g.field, bucket: g.bucket } : { field: g.field }));
    if (draft.aggregates.length > 0) spec.aggregates = draft.aggregates.map(cleanAggregate);
    if (draft.compare) spec.compare = draft.compare;
  }
  const sortable =
    draft.format === 'tabular' ? null : new Set(sortKeys(draft, []));
  const sort = draft.sort.filter((s) => s.key && (sortable === null || sortable.has(s.key)));
  if (sort.length > 0) spec.sort = sort.map((s) => (s.desc ? { key: s.key, desc: true } : { key: s.key }));
  if (draft.limit > 0) spec.limit = draft.limit;
  return spec;
}
