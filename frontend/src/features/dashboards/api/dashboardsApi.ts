import {
  Cancel,
  Data,
  Delete,
  DeleteTarget,
  Export,
  Get,
  List,
  Save,
  SaveTarget,
  Targets,
} from '../../../../wailsjs/go/service/DashboardService';
import { Catalog, DrillDown, List as ListReports } from '../../../../wailsjs/go/service/ReportService';
import { List as ListTeams } from '../../../../wailsjs/go/service/TeamService';
import { report, service } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';
import type {
  CatalogEntity,
  Dashboard,
  DashboardData,
  DashboardFilters,
  DashboardInfo,
  DashboardSaveInput,
  KpiTarget,
  KpiTargetInput,
  ReportChoice,
  ReportResult,
  ReportSpec,
  Team,
  Widget,
  WidgetData,
} from '../types/dashboardTypes';

/*
 * The dashboards feature's backend calls, each through call() so every
 * failure is an AppError. Values are plain objects (types/dashboardTypes.ts);
 * Go's nil slices (null) become [] here.
 */

/** The caller's default dashboard first, then the others they see. "forbidden" without dashboards.view. */
export async function listDashboards(): Promise<DashboardInfo[]> {
  const list = (await call(() => List())) ?? [];
  return list.map((d) => ({ ...d }));
}

/** A dashboard with its widgets: "" = the caller's default, "default:<role>" a role's computed default. "not_found" otherwise. */
export async function getDashboard(id: string): Promise<Dashboard> {
  return normalizeDashboard(await call(() => Get(id)));
}

/** Creates (no id) or changes a dashboard. "invalid" names the field: name, sharing, teamId, widgets[i].<part>, filters.<part>. */
export async function saveDashboard(input: DashboardSaveInput): Promise<Dashboard> {
  return normalizeDashboard(await call(() => Save(service.DashboardSaveRequest.createFrom(input))));
}

/** Deletes a stored dashboard (owner or administrator). */
export function deleteDashboard(id: string): Promise<void> {
  return call(() => Delete(id));
}

/** Every widget's data under the filters; a withheld widget carries error instead. "invalid" names filters.<part>. */
export async function fetchDashboardData(id: string, filters: DashboardFilters): Promise<DashboardData> {
  const data = await call(() => Data(id, service.DashboardFilters.createFrom(filters)));
  return {
    id: data.id,
    name: data.name,
    filters: { ...(data.filters ?? {}) },
    period: data.period ? { ...data.period } : undefined,
    at: data.at,
    widgets: (data.widgets ?? []).map(normalizeWidgetData),
  };
}

/** The KPI targets the caller sees with their progress this period. "forbidden" without dashboards.manage. */
export async function listTargets(): Promise<KpiTarget[]> {
  return ((await call(() => Targets())) ?? []).map((t) => ({ ...t, progress: t.progress ? { ...t.progress } : undefined }));
}

/** Creates (no id) or changes a KPI target. "invalid" names name, report, aggregate, period, teamId or target; "conflict" for a taken name. */
export async function saveTarget(input: KpiTargetInput): Promise<KpiTarget> {
  const t = await call(() => SaveTarget(service.KPITargetSaveRequest.createFrom(input)));
  return { ...t, progress: t.progress ? { ...t.progress } : undefined };
}

export function deleteTarget(id: string): Promise<void> {
  return call(() => DeleteTarget(id));
}

/** The job name of a dashboard export (progress events, Cancel). */
export const DASHBOARD_EXPORT_JOB = 'dashboard.export';

/** Writes the dashboard's data under the filters to an .xlsx at path (optionally password-protected), as a job. */
export async function exportDashboard(req: { id: string; filters: DashboardFilters; path: string; password?: string }): Promise<{ path: string; rows: number }> {
  const result = await call(() => Export(service.DashboardExportRequest.createFrom(req)));
  return { path: result.path, rows: result.rows };
}

/** Stops the caller's running dashboard export; it then rejects and leaves no file. */
export function cancelDashboardExport(): Promise<void> {
  return call(() => Cancel(DASHBOARD_EXPORT_JOB));
}

/** Built-in and saved reports as widget sources (needs reports.view). */
export async function listReportChoices(): Promise<ReportChoice[]> {
  const list = (await call(() => ListReports())) ?? [];
  return list.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description ?? '',
    builtin: r.builtin,
    chart: r.chart,
    spec: plainSpec(r.spec),
    runnable: r.runnable,
    problem: r.problem,
  }));
}

/** Record types and their fields (needs reports.view): date fields for drilling down under a date range. */
export async function fetchCatalog(): Promise<CatalogEntity[]> {
  const list = (await call(() => Catalog())) ?? [];
  return list.map((e) => ({ entity: e.entity, label: e.label, fields: (e.fields ?? []).map((f) => ({ key: f.key, label: f.label, type: f.type, masked: f.masked })) }));
}

/** The records behind one group cell of a summary or matrix spec, within the caller's scope (audited). */
export async function drillDown(spec: ReportSpec, groupValues: readonly unknown[]): Promise<ReportResult> {
  return normalizeResult(await call(() => DrillDown(report.Spec.createFrom(spec), [...groupValues])));
}

/** Every team (any signed-in user may list them). */
export async function listTeams(): Promise<Team[]> {
  return ((await call(() => ListTeams())) ?? []).map((t) => ({ id: t.id, name: t.name }));
}

function normalizeDashboard(d: service.Dashboard): Dashboard {
  return {
    id: d.id,
    name: d.name,
    sharing: d.sharing,
    teamId: d.teamId,
    roleDefault: d.roleDefault,
    ownerId: d.ownerId,
    mine: d.mine,
    virtual: d.virtual,
    isDefault: d.isDefault,
    editable: d.editable,
    updatedAt: d.updatedAt,
    filters: { ...(d.filters ?? {}) },
    widgets: (d.widgets ?? []).map(normalizeWidget),
  };
}

function normalizeWidget(w: service.Widget): Widget {
  const out: Widget = { id: w.id, type: w.type, title: w.title, x: w.x, y: w.y, w: w.w, h: w.h, options: { ...(w.options ?? {}) } };
  if (w.report) out.report = w.report;
  if (w.spec) out.spec = plainSpec(w.spec);
  return out;
}

function normalizeWidgetData(w: service.WidgetData): WidgetData {
  return {
    id: w.id,
    type: w.type,
    title: w.title,
    result: w.result ? normalizeResult(w.result) : undefined,
    kpi: w.kpi ? { ...w.kpi } : undefined,
    error: w.error ? { code: w.error.code, message: w.error.message } : undefined,
  };
}

/** A generated spec class as a plain object (JSON round trip drops the class methods). */
function plainSpec(spec: report.Spec): ReportSpec {
  return JSON.parse(JSON.stringify(spec)) as ReportSpec;
}

function normalizeResult(r: report.Result): ReportResult {
  return {
    format: r.format,
    entity: r.entity,
    columns: (r.columns ?? []).map((c) => ({ ...c })),
    rows: r.rows ?? [],
    rowIds: r.rowIds ?? undefined,
    total: r.total ?? undefined,
    matrix: r.matrix
      ? {
          rowKeys: r.matrix.rowKeys ?? [],
          colKeys: r.matrix.colKeys ?? [],
          cells: r.matrix.cells ?? [],
          rowTotals: r.matrix.rowTotals ?? [],
          colTotals: r.matrix.colTotals ?? [],
          total: r.matrix.total,
        }
      : undefined,
    rowCount: r.rowCount ?? 0,
    truncated: r.truncated ?? false,
    period: r.period ? { ...r.period } : undefined,
    previous: r.previous ? normalizeResult(r.previous) : undefined,
  };
}
