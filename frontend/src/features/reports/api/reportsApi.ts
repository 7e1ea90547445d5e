import { Cancel, Catalog, Delete, DrillDown, Export, List, Run, RunSpec, Save } from '../../../../wailsjs/go/service/ReportService';
import { Schema } from '../../../../wailsjs/go/service/RecordService';
import { List as ListUsers } from '../../../../wailsjs/go/service/UserService';
import { report, service } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';
import type { CatalogEntity, RecordTypeInfo, ReportInfo, ReportResult, ReportSpec, SaveReportInput } from '../types/reportTypes';

/*
 * The report feature's backend calls (ReportService), each through call() so
 * every failure is an AppError. Values built in the UI are plain objects
 * (types/reportTypes.ts) and become the generated classes only here.
 */

/** The record types the caller may report on, with their fields; masked = sensitive and not visible to the caller. */
export async function fetchCatalog(): Promise<CatalogEntity[]> {
  const entities = (await call(() => Catalog())) ?? [];
  return entities.map((e) => ({ ...e, fields: (e.fields ?? []).map((f) => ({ ...f, operators: f.operators ?? [] })) }));
}

/** Built-in reports (ids "builtin:<key>") then the saved reports the caller can see. */
export async function fetchReports(): Promise<ReportInfo[]> {
  return (await call(() => List())) ?? [];
}

/** Runs a built-in or saved report (audited). "not_found" for one the caller cannot see; "invalid" names a spec part. */
export async function runReport(id: string): Promise<ReportResult> {
  return normalizeResult(await call(() => Run(id)));
}

/** Runs an unsaved spec (the builder's preview). "invalid" names the offending spec part, e.g. "filters[0].value". */
export async function runSpec(spec: ReportSpec): Promise<ReportResult> {
  return normalizeResult(await call(() => RunSpec(report.Spec.createFrom(spec))));
}

/** The records behind one group cell of a summary or matrix: values in group order, null for the empty group. */
export async function drillDown(spec: ReportSpec, groupValues: readonly unknown[]): Promise<ReportResult> {
  return normalizeResult(await call(() => DrillDown(report.Spec.createFrom(spec), [...groupValues])));
}

/** Creates (no id) or changes a saved report. "invalid" names name, description, sharing, teamId or a spec part. */
export function saveReport(input: SaveReportInput): Promise<ReportInfo> {
  return call(() => Save(service.ReportSaveRequest.createFrom(input)));
}

export function deleteReport(id: string): Promise<void> {
  return call(() => Delete(id));
}

/** Writes a report to an .xlsx file as job "report.export" (progress events; Cancel). Needs data.export. */
export function exportReport(req: { id?: string; spec?: ReportSpec; path: string; password?: string }): Promise<{ path: string; rows: number }> {
  return call(() => Export(service.ReportExportRequest.createFrom(req)));
}

/** Stops the caller's running report export. */
export function cancelReportExport(): Promise<void> {
  return call(() => Cancel('report.export'));
}

/** Enum options and title fields of every readable record type (the report catalog does not carry them). */
export async function fetchRecordTypes(): Promise<RecordTypeInfo[]> {
  const entities = (await call(() => Schema())) ?? [];
  return entities.map((e) => ({
    name: e.name,
    label: e.label,
    labelPlural: e.labelPlural,
    titleField: e.titleField,
    fields: (e.fields ?? []).map((f) => ({ name: f.name, type: f.type, options: f.options ?? [], ref: f.ref })),
  }));
}

/** Display names by user id, for report owners. "forbidden" without users.manage. */
export async function fetchUserNames(): Promise<Record<string, string>> {
  const users = (await call(() => ListUsers())) ?? [];
  return Object.fromEntries(users.map((u) => [u.id, u.displayName?.trim() || u.username]));
}

/** Arrays the backend may send as null become []. */
export function normalizeResult(result: ReportResult): ReportResult {
  return {
    ...result,
    columns: result.columns ?? [],
    rows: result.rows ?? [],
    previous: result.previous ? normalizeResult(result.previous) : undefined,
  };
}
