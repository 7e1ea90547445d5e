import { onBackendEventData } from '@/lib/backendEvents';

/**
 * Records changed (backend/service/records_events.go): payload {entities}
 * (plural record type names), sent at most twice a second. Open dashboards
 * refetch their data; the refetch applies the viewer's scope again.
 */
export const RECORDS_CHANGED_EVENT = 'records:changed';

/** The changed record types of a payload ([] for a malformed one). */
export function changedEntities(payload: unknown): string[] {
  if (payload === null || typeof payload !== 'object') return [];
  const list = (payload as { entities?: unknown }).entities;
  return Array.isArray(list) ? list.filter((e): e is string => typeof e === 'string') : [];
}

/** Calls back with the changed record types; returns the unsubscribe. A no-op outside Wails. */
export function onRecordsChanged(callback: (entities: string[]) => void): () => void {
  return onBackendEventData(RECORDS_CHANGED_EVENT, (payload) => callback(changedEntities(payload)));
}
