/*
 * Plain shapes of the integration log API (backend/model/integration.go).
 * Times are RFC 3339 UTC strings; "" when unset.
 */

export const RUN_KINDS = ['import', 'export', 'report', 'backup', 'restore', 'archive', 'sync'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

export const RUN_OUTCOMES = ['running', 'succeeded', 'warnings', 'failed', 'cancelled'] as const;
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

/** One import, export, scheduled report, backup, restore, archive or sync run. */
export type IntegrationRun = {
  id: string;
  kind: string;
  name: string;
  principalId: string;
  principalName: string;
  source: string;
  target: string;
  startedAt: string;
  /** Order of recording: with startedAt, where the next page of the log continues. */
  seq: number;
  finishedAt: string;
  durationMs: number;
  counts: Record<string, number>;
  warnings: number;
  errors: number;
  outcome: string;
  message: string;
  retryable: boolean;
  retryOf: string;
};

/** The request of IntegrationService.List ("" = any); limit is the page size. */
export type RunFilterRequest = { kind: string; outcome: string; from: string; to: string; text: string; limit: number };

/** Where a page of the log continues: after the run with this start and seq (the last one shown). */
export type RunCursor = { startedAt: string; seq: number };

/**
 * What a retry did: an import ran again (counts, problems) or a scheduled
 * report ran now (rows, file). status is done | cancelled | failed.
 */
export type RetryResult = {
  kind: string;
  status: string;
  message: string;
  counts: Record<string, number>;
  problemsTotal: number;
  /** The file a report run wrote ("" for an import). */
  file: string;
  /** The retried import's batch, whose row-by-row report can be saved ("" for a report run). */
  importId: string;
};

/** Permission keys (backend/rbac/vocab.go): the window hides, the backend enforces. */
export const INTEGRATION_PERMS = {
  dataImport: 'data.import',
  dataExport: 'data.export',
  auditView: 'audit.view',
  settingsManage: 'settings.manage',
} as const;

/** The job a retried import runs as (progress events, Cancel). */
export const IMPORT_JOB = 'import';
