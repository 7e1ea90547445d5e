import { EventsOn } from '../../wailsjs/runtime/runtime';

/** Events the Go side emits (backend/service/core.go). */
export const BACKEND_EVENTS = {
  signedOut: 'session:signed-out',
  locked: 'workspace:locked',
  unlocked: 'workspace:unlocked',
} as const;

/** Subscribes to a backend event; returns the unsubscribe. A no-op outside Wails (tests, plain browser). */
export function onBackendEvent(name: string, callback: () => void): () => void {
  try {
    return EventsOn(name, () => callback());
  } catch {
    return () => {};
  }
}

/** Subscribes to a backend event with its payload (unknown: validate it); returns the unsubscribe. A no-op outside Wails. */
export function onBackendEventData(name: string, callback: (payload: unknown) => void): () => void {
  try {
    return EventsOn(name, (payload: unknown) => callback(payload));
  } catch {
    return () => {};
  }
}
