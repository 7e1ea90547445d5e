import { List, Retry } from '../../../../wailsjs/go/service/IntegrationService';
import { Cancel, SaveReport } from '../../../../wailsjs/go/service/ImportService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';
import type { IntegrationRun, RetryResult, RunCursor, RunFilterRequest } from '../types/integrationTypes';
import { importCountsToMap } from '../types/runFormat';

/*
 * The integration log's backend calls (IntegrationService; Cancel of a
 * retried import from ImportService), each through call().
 */

/**
 * A page of the runs matching the filter (after `after`, the last run of the
 * previous page; null for the first), newest first: everyone’s with audit.view or
 * settings.manage, else the caller's own. "forbidden" without data.import,
 * data.export, audit.view or settings.manage; "invalid" for an unknown kind,
 * outcome or a malformed date.
 */
export async function listRuns(filter: RunFilterRequest, after: RunCursor | null = null): Promise<IntegrationRun[]> {
  const req = model.IntegrationFilter.createFrom({ ...filter, beforeStartedAt: after?.startedAt ?? '', beforeSeq: after?.seq ?? 0 });
  return ((await call(() => List(req))) ?? []).map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    principalId: r.principalId,
    principalName: r.principalName,
    source: r.source,
    target: r.target,
    startedAt: r.startedAt,
    seq: r.seq,
    finishedAt: r.finishedAt ?? '',
    durationMs: r.durationMs,
    counts: r.counts ?? {},
    warnings: r.warnings,
    errors: r.errors,
    outcome: r.outcome,
    message: r.message ?? '',
    retryable: r.retryable,
    retryOf: r.retryOf ?? '',
  }));
}

/**
 * Runs a failed or cancelled import again with the same file and settings
 * (job "import"), or a failed scheduled report's schedule now, as the
 * caller. "not_found" for a run the caller may not see; "conflict" when it
 * cannot be retried; the import's or the report run's own errors.
 */
export async function retryRun(id: string): Promise<RetryResult> {
  const res = await call(() => Retry(id));
  if (res.import) {
    const r = res.import;
    return {
      kind: res.kind,
      status: r.status,
      message: r.message ?? '',
      counts: importCountsToMap(r.counts),
      problemsTotal: r.problemsTotal,
      file: '',
      importId: r.id,
    };
  }
  const run = res.report;
  return {
    kind: res.kind,
    status: run?.status === 'ok' ? 'done' : 'failed',
    message: run?.error ?? '',
    counts: { rows: run?.rows ?? 0 },
    problemsTotal: 0,
    file: run?.file ?? '',
    importId: '',
  };
}

/** Stops a running retried import after its current chunk. */
export function cancelRetry(): Promise<void> {
  return call(() => Cancel('import'));
}

/** Writes the row-by-row report of a retried import (one of the caller's latest) to `path` (.xlsx). */
export async function saveRetryReport(importId: string, path: string): Promise<string> {
  return (await call(() => SaveReport(importId, path))).path;
}
