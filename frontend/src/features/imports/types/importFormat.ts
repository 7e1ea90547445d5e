import type { ImportBatch } from './importTypes';

/** "Nov 30, 2026, 14:05" in the viewer's zone; "" for no time. */
export function formatWhen(iso: string, locale?: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return at.toLocaleString(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export type StatusStyle = { label: string; color: string };

/** A past import's status badge. */
export function batchStatusStyle(status: string): StatusStyle {
  switch (status) {
    case 'done':
      return { label: 'Imported', color: 'teal' };
    case 'running':
      return { label: 'Running', color: 'blue' };
    case 'cancelled':
      return { label: 'Cancelled', color: 'orange' };
    case 'failed':
      return { label: 'Failed', color: 'red' };
    case 'reverted':
      return { label: 'Reverted', color: 'gray' };
    default:
      return { label: status || 'Unknown', color: 'gray' };
  }
}

/** Whether a past import can be reverted: it ended (even cancelled or failed, it may have written) and was not reverted. */
export function canRevert(batch: Pick<ImportBatch, 'status'>): boolean {
  return batch.status === 'done' || batch.status === 'cancelled' || batch.status === 'failed';
}

/** A problem line's outcome badge. */
export function outcomeStyle(outcome: string): StatusStyle {
  switch (outcome) {
    case 'new':
      return { label: 'New', color: 'teal' };
    case 'update':
      return { label: 'Update', color: 'blue' };
    case 'unchanged':
      return { label: 'Unchanged', color: 'gray' };
    case 'duplicate':
      return { label: 'Duplicate', color: 'orange' };
    case 'skipped':
      return { label: 'Skipped', color: 'gray' };
    case 'invalid':
      return { label: 'Invalid', color: 'red' };
    default:
      return { label: outcome || '—', color: 'gray' };
  }
}

/** "Checking rows… 42%" / "Importing… 42%": the import reports bytes read, so only the percent means anything. */
export function progressText(dryRun: boolean, percent: number | null): string {
  const verb = dryRun ? 'Checking rows' : 'Importing';
  return percent === null ? `${verb}…` : `${verb}… ${percent}%`;
}

/** What reverting an import does to its records, in one sentence ("" when it wrote none). */
export function revertDescription(entity: string, created: number, updated: number, count: (entity: string, n: number) => string): string {
  const parts: string[] = [];
  if (created > 0) parts.push(`deletes the ${count(entity, created)} it created for good`);
  if (updated > 0) parts.push(`gives the ${count(entity, updated)} it updated back the values they had before (only the fields it changed, and owner and team)`);
  return parts.join(', and ');
}
