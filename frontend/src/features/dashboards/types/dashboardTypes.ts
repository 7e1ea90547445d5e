/*
 * Plain shapes of the dashboard API (backend/service/dashboard_types.go and
 * backend/report), for values the UI builds and reads. The generated classes
 * are turned into these in api/ and back into classes only for the calls.
 */

export type WidgetType = 'kpi' | 'bar' | 'line' | 'area' | 'pie' | 'donut' | 'funnel' | 'table';
export const WIDGET_TYPES: readonly WidgetType[] = ['kpi', 'bar', 'line', 'area', 'pie', 'donut', 'funnel', 'table'];
export type Sharing = 'private' | 'team' | 'everyone';

/** One report condition. value: eq…startsWith; values: in/notIn and between; n: lastNDays/nextNDays. */
export type ReportFilter = { field: string; op: string; value?: unknown; values?: unknown[]; n?: number };
export type ReportGroup = { field: string; bucket?: string };
export type ReportAggregate = { key?: string; label?: string; func: string; field?: string; where?: ReportFilter[]; of?: ReportFilter[] };
export type ReportSpec = {
  entity: string;
  columns?: string[];
  filters?: ReportFilter[];
  groups?: ReportGroup[];
  aggregates?: ReportAggregate[];
  sort?: { key: string; desc?: boolean }[];
  limit?: number;
  format?: string;
  compare?: string;
};

/** kind: text, number, money, percent, date, datetime, bool. */
export type ResultColumn = { key: string; label: string; kind: string; group?: boolean; agg?: string; type?: string };
export type Period = { from: string; to: string };
export type ReportResult = {
  format: string;
  entity: string;
  columns: ResultColumn[];
  rows: unknown[][];
  rowIds?: string[];
  total?: unknown[];
  matrix?: { rowKeys: unknown[]; colKeys: unknown[]; cells: unknown[][]; rowTotals: unknown[]; colTotals: unknown[]; total: unknown };
  rowCount: number;
  truncated: boolean;
  period?: Period;
  previous?: ReportResult;
};

export type WidgetOptions = {
  stacked?: boolean;
  aggregate?: string;
  target?: number;
  targetId?: string;
  onlyMine?: boolean;
  dateField?: string;
  ignoreDateRange?: boolean;
};

/** One tile on the 12-column grid: exactly one source (report, spec, or options.targetId for a KPI). */
export type Widget = {
  id: string;
  type: string;
  title: string;
  report?: string;
  spec?: ReportSpec;
  x: number;
  y: number;
  w: number;
  h: number;
  options: WidgetOptions;
};

/** dateRange: "" = each widget's own filters; a relative period; lastNDays presets; custom (from..to). */
export type DashboardFilters = { dateRange?: string; from?: string; to?: string; teamId?: string };

export type Dashboard = {
  id: string;
  name: string;
  sharing: string;
  teamId?: string;
  roleDefault?: string;
  ownerId?: string;
  mine: boolean;
  virtual: boolean;
  isDefault: boolean;
  editable: boolean;
  widgets: Widget[];
  filters: DashboardFilters;
  updatedAt?: string;
};

export type DashboardInfo = Omit<Dashboard, 'widgets' | 'filters'> & { widgets: number };

export type DashboardSaveInput = {
  id?: string;
  name: string;
  sharing: Sharing;
  teamId?: string;
  widgets: Widget[];
  filters: DashboardFilters;
};

export type KpiData = {
  value: unknown;
  kind: string;
  target?: number;
  percent: unknown;
  previous?: unknown;
  period?: Period;
  targetId?: string;
  targetName?: string;
};

/** A widget's data for this viewer; error = withheld (its message says why). */
export type WidgetData = {
  id: string;
  type: string;
  title: string;
  result?: ReportResult;
  kpi?: KpiData;
  error?: { code: string; message: string };
};

export type DashboardData = {
  id: string;
  name: string;
  filters: DashboardFilters;
  period?: Period;
  widgets: WidgetData[];
  at: string;
};

export type TargetPeriod = 'month' | 'quarter' | 'year';
export type KpiTarget = {
  id: string;
  name: string;
  report: string;
  aggregate: string;
  period: string;
  teamId?: string;
  target: number;
  ownerId: string;
  mine: boolean;
  editable: boolean;
  progress?: KpiData;
  problem?: string;
  updatedAt?: string;
};
export type KpiTargetInput = {
  id?: string;
  name: string;
  report: string;
  aggregate: string;
  period: TargetPeriod;
  teamId?: string;
  target: number;
};

/** A built-in or saved report, as a widget source. */
export type ReportChoice = {
  id: string;
  name: string;
  description: string;
  builtin: boolean;
  chart?: string;
  spec: ReportSpec;
  runnable: boolean;
  problem?: string;
};

export type CatalogField = { key: string; label: string; type: string; masked: boolean };
export type CatalogEntity = { entity: string; label: string; fields: CatalogField[] };

export type Team = { id: string; name: string };

/** Built-in role ids (backend/rbac/role.go): their computed default dashboards are "default:<id>". */
export const BUILTIN_ROLES: readonly { id: string; name: string }[] = [
  { id: 'administrator', name: 'Administrator' },
  { id: 'sales_manager', name: 'Sales Manager' },
  { id: 'sales_rep', name: 'Sales Representative' },
  { id: 'marketing_manager', name: 'Marketing Manager' },
  { id: 'support_agent', name: 'Support Agent' },
];

export const DEFAULT_DASHBOARD_PREFIX = 'default:';

/** Permission keys this feature checks (backend/rbac/vocab.go); the window only hides, the backend enforces. */
export const DASHBOARD_PERMS = {
  view: 'dashboards.view',
  manage: 'dashboards.manage',
  reportsView: 'reports.view',
  exportData: 'data.export',
} as const;
