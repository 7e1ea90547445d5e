import { onBackendEventData } from '@/lib/backendEvents';

/** The events the monitor emits (backend/service/alert_service.go). */
export const ALERT_EVENTS = {
  /** A rule raised an alert; payload {id, severity, title, ruleName}. Sent only to a signed-in alerts.manage user. */
  raised: 'alerts:new',
  /** An alert changed status (no payload). */
  changed: 'alerts:changed',
} as const;

/**
 * Subscribes to an alert event and hands the raw first payload to `callback`
 * (parse it before use). Returns the unsubscribe; a no-op outside Wails (tests, plain browser).
 */
export function onAlertEvent(name: string, callback: (payload: unknown) => void): () => void {
  return onBackendEventData(name, callback);
}
