import type { ErrorCode } from '@/lib/appError';

/** Tables a manifest counts besides the record tables (backup.countedTables). */
const NON_RECORD_TABLES = new Set(['users', 'roles', 'teams', 'audit_log']);

/** The records a restored workspace holds: the rows of its record tables. */
export function restoredRecords(counts: Record<string, number> | null | undefined): number {
  return Object.entries(counts ?? {}).reduce((sum, [table, n]) => (NON_RECORD_TABLES.has(table) ? sum : sum + n), 0);
}

/** A failed restore's headline, in plain words, by error code; the backend's message says the rest. */
export function restoreErrorTitle(code: ErrorCode): string {
  switch (code) {
    case 'unauthenticated':
      return 'Wrong key, passphrase or password';
    case 'corrupt':
      return 'The backup is damaged or was altered';
    case 'invalid':
      return 'This file cannot be restored';
    case 'conflict':
      return 'Nothing was restored';
    case 'unavailable':
      return 'The workspace could not be written on this computer';
    default:
      return 'The restore failed';
  }
}

/** SQLite's integrity verdict in words: "ok" is "Intact". */
export function integrityLabel(integrity: string): string {
  return integrity === 'ok' ? 'Intact (SQLite integrity check passed)' : integrity || 'Not reported';
}
