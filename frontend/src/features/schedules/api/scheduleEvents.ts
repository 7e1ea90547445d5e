import { onBackendEventData } from '@/lib/backendEvents';
import type { ScheduleFailed } from '../types/scheduleTypes';

/**
 * Scheduler events (backend/service/report_scheduler.go), sent only to the
 * schedule's owner while signed in: a run failed (payload ScheduleFailed), or
 * a run ended (no payload) so lists and badges refresh.
 */
export const SCHEDULE_EVENTS = { failed: 'schedules:failed', changed: 'schedules:changed' } as const;

/** A failed-run payload, or null when it is malformed. */
export function parseScheduleFailed(payload: unknown): ScheduleFailed | null {
  if (payload === null || typeof payload !== 'object') return null;
  const p = payload as Record<string, unknown>;
  if (typeof p.scheduleId !== 'string' || !p.scheduleId) return null;
  return {
    scheduleId: p.scheduleId,
    reportName: typeof p.reportName === 'string' ? p.reportName : '',
    error: typeof p.error === 'string' ? p.error : '',
  };
}

/** Subscribes to a scheduler event; returns the unsubscribe. A no-op outside Wails. */
export function onScheduleEvent(name: string, callback: (payload: unknown) => void): () => void {
  return onBackendEventData(name, callback);
}
