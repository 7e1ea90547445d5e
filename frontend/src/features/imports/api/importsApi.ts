import { Batches, Cancel, DryRun, Inspect, Revert, Run, SaveReport } from '../../../../wailsjs/go/service/ImportService';
import { Schema } from '../../../../wailsjs/go/service/RecordService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';
import {
  EMPTY_COUNTS,
  isImportEntity,
  type ImportBatch,
  type ImportCounts,
  type ImportEntity,
  type ImportFileInfo,
  type ImportRequest,
  type ImportResult,
  type ImportableEntity,
  type RevertResult,
} from '../types/importTypes';

/*
 * The import feature's backend calls (ImportService; the record schema from
 * RecordService), each through call(). Every ImportService method needs
 * data.import ("forbidden" without it).
 */

/** The importable entities the caller may read, with their fields. */
export async function fetchImportableEntities(): Promise<ImportableEntity[]> {
  const defs = (await call(() => Schema())) ?? [];
  return defs
    .filter((d) => isImportEntity(d.name))
    .map((d) => ({
      name: d.name as ImportEntity,
      label: d.label,
      labelPlural: d.labelPlural,
      fields: (d.fields ?? []).map((f) => ({ name: f.name, label: f.label, type: f.type, required: f.required, readOnly: f.readOnly })),
    }));
}

/**
 * Reads a file's dialect, header, first rows and a suggested mapping.
 * "invalid" names entity or path (not found, not CSV/xlsx, too large,
 * password-protected, unknown encoding or delimiter).
 */
export async function inspectFile(req: Pick<ImportRequest, 'path' | 'entity' | 'sheet' | 'delimiter' | 'encoding' | 'headerRow'>): Promise<ImportFileInfo> {
  const info = await call(() => Inspect(model.ImportRequest.createFrom({ ...req, mapping: [], matchKey: '', mode: 'create' })));
  return {
    path: info.path,
    name: info.name,
    size: info.size,
    format: info.format,
    encoding: info.encoding,
    delimiter: info.delimiter,
    sheet: info.sheet,
    sheets: info.sheets ?? [],
    headerRow: info.headerRow,
    header: info.header ?? [],
    sample: (info.sample ?? []).map((row) => row ?? []),
    sampleRows: info.sampleRows ?? [],
    mapping: (info.mapping ?? []).map((m) => ({ column: m.column, header: m.header, field: m.field, suggested: m.suggested })),
    decimalGuess: info.decimalGuess,
    dateOrderGuess: info.dateOrderGuess,
  };
}

/** Checks every row as the import would, writing nothing (job "import"). Rejects "conflict" when cancelled. */
export async function dryRunImport(req: ImportRequest): Promise<ImportResult> {
  return normalizeResult(await call(() => DryRun(model.ImportRequest.createFrom(req))));
}

/**
 * Imports the file as one batch (job "import"). A cancelled import resolves
 * with status "cancelled" (what it wrote stays and can be reverted).
 */
export async function runImport(req: ImportRequest): Promise<ImportResult> {
  return normalizeResult(await call(() => Run(model.ImportRequest.createFrom(req))));
}

/** Stops the caller's running dry run, import ("import") or revert ("import.revert"). "not_found" when none runs. */
export function cancelImportJob(job: string): Promise<void> {
  return call(() => Cancel(job));
}

/** Writes the row-by-row report of a recent dry run or import to `path` (.xlsx). "not_found" when no longer kept. */
export async function saveImportReport(resultId: string, path: string): Promise<{ path: string; rows: number }> {
  const out = await call(() => SaveReport(resultId, path));
  return { path: out.path, rows: out.rows };
}

/** Past imports, newest first: the caller's own, or everyone's for administrators. */
export async function listImportBatches(): Promise<ImportBatch[]> {
  return ((await call(() => Batches())) ?? []).map((b) => ({
    id: b.id,
    entity: b.entity,
    fileName: b.fileName,
    counts: normalizeCounts(b.counts),
    status: b.status,
    message: b.message,
    createdBy: b.createdBy,
    createdByName: b.createdByName,
    createdAt: b.createdAt,
    finishedAt: b.finishedAt,
    revertedAt: b.revertedAt,
    revertedBy: b.revertedBy,
    records: b.records,
  }));
}

/**
 * Undoes an import (job "import.revert"), all or nothing: with conflicts
 * (records changed since) nothing changed. "conflict" when already reverted
 * or running; "forbidden" for another user's import unless administrator.
 */
export async function revertImport(batchId: string): Promise<RevertResult> {
  const out = await call(() => Revert(batchId));
  return { removed: out.removed, restored: out.restored, conflicts: out.conflicts ?? [] };
}

function normalizeCounts(c: model.ImportCounts | undefined): ImportCounts {
  return { ...EMPTY_COUNTS, ...(c ?? {}) };
}

function normalizeResult(r: model.ImportResult): ImportResult {
  return {
    id: r.id,
    dryRun: r.dryRun,
    entity: r.entity,
    counts: normalizeCounts(r.counts),
    problems: (r.problems ?? []).map((p) => ({ ...p, matchId: p.matchId ?? '', matchTitle: p.matchTitle ?? '' })),
    problemsTotal: r.problemsTotal,
    status: r.status,
    message: r.message ?? '',
    durationMs: r.durationMs,
  };
}
