import { useSyncExternalStore } from 'react';

/**
 * A one-line note for the sign-in screen ("You were signed out after 15
 * minutes without activity."). Kept outside the query cache, which is
 * cleared at sign-out.
 */
let notice: string | null = null;
const listeners = new Set<() => void>();

export function setSessionNotice(next: string | null): void {
  notice = next;
  listeners.forEach((listener) => listener());
}

export function getSessionNotice(): string | null {
  return notice;
}

export function useSessionNotice(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSessionNotice,
    getSessionNotice,
  );
}

export function idleSignOutNotice(minutes: number): string {
  return `You were signed out after ${minutes === 1 ? '1 minute' : `${minutes} minutes`} without activity.`;
}
