/*
 * Plain shapes of the report API (backend/report and service report_types.go),
 * for values the UI builds and reads. The generated classes are assignable to
 * them; api/reportsApi.ts turns them back into classes for the calls.
 */

export type ReportFormat = 'tabular' | 'summary' | 'matrix';
export type Sharing = 'private' | 'team' | 'everyone';

/** One condition. value: eq…startsWith; values: in/notIn (1..100) and between (2); n: lastNDays/nextNDays. */
export type ReportFilter = { field: string; op: string; value?: unknown; values?: unknown[]; n?: number };
/** bucket only for date fields: day, week, month, quarter, year. */
export type ReportGroup = { field: string; bucket?: string };
export type ReportAggregate = {
  key?: string;
  label?: string;
  func: string;
  field?: string;
  where?: ReportFilter[];
  of?: ReportFilter[];
};
export type ReportSort = { key: string; desc?: boolean };

export type ReportSpec = {
  entity: string;
  columns?: string[];
  filters?: ReportFilter[];
  groups?: ReportGroup[];
  aggregates?: ReportAggregate[];
  sort?: ReportSort[];
  limit?: number;
  format?: string;
  compare?: string;
};

/** kind: text, number, money, percent, date, datetime, bool. */
export type ResultColumn = { key: string; label: string; kind: string; group?: boolean; agg?: string; type?: string };
export type ResultSubtotal = { key: unknown; values: unknown[]; count: number };
export type ResultMatrix = {
  rowKeys: unknown[];
  colKeys: unknown[];
  cells: unknown[][];
  rowTotals: unknown[];
  colTotals: unknown[];
  total: unknown;
};

export type ReportResult = {
  format: string;
  entity: string;
  columns: ResultColumn[];
  rows: unknown[][];
  rowIds?: string[];
  subtotals?: ResultSubtotal[];
  total?: unknown[];
  matrix?: ResultMatrix;
  rowCount: number;
  truncated: boolean;
  period?: { from: string; to: string };
  previous?: ReportResult;
};

export type CatalogField = {
  key: string;
  label: string;
  type: string;
  sensitive: boolean;
  /** Sensitive and the caller lacks sensitive.view: shown but not usable. */
  masked: boolean;
  groupable: boolean;
  numeric: boolean;
  operators: string[];
};
export type CatalogEntity = { entity: string; label: string; fields: CatalogField[] };

export type ReportInfo = {
  id: string;
  name: string;
  description: string;
  builtin: boolean;
  chart?: string;
  sharing: string;
  teamId?: string;
  ownerId?: string;
  mine: boolean;
  spec: ReportSpec;
  runnable: boolean;
  problem?: string;
  updatedAt?: string;
};

export type SaveReportInput = {
  id?: string;
  name: string;
  description: string;
  sharing: Sharing;
  teamId?: string;
  spec: ReportSpec;
};

/** What the report builder needs from the record schema: enum options and title fields. */
export type RecordTypeInfo = {
  name: string;
  label: string;
  labelPlural: string;
  titleField: string;
  fields: { name: string; type: string; options: string[]; ref: string }[];
};

/** Backend limits (backend/report/spec.go, service/report_save.go); the backend re-checks everything. */
export const LIMITS = {
  columns: 50,
  filters: 20,
  aggregates: 10,
  sortKeys: 3,
  groups: 2,
  inValues: 100,
  valueBytes: 800,
  days: 3660,
  label: 80,
  limit: 10_000_000,
  name: 80,
  description: 500,
  number: 1e15,
} as const;

export const FORMATS: readonly ReportFormat[] = ['tabular', 'summary', 'matrix'];
export const BUCKETS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const AGG_FUNCS = ['count', 'sum', 'avg', 'min', 'max', 'percent'] as const;
