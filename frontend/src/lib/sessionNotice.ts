import { useSyncExternalStore } from 'react';

/**
 * A one-line note for the sign-in screen ("You were signed out after 15
 * minutes without activity."), with the user name to fill in when the same
 * user should sign in again. Kept outside the query cache, which is cleared
 * at sign-out.
 */
let notice: string | null = null;
let prefill: string | null = null;
const listeners = new Set<() => void>();

export function setSessionNotice(next: string | null, username: string | null = null): void {
  notice = next;
  prefill = next === null ? null : username;
  listeners.forEach((listener) => listener());
}

export function getSessionNotice(): string | null {
  return notice;
}

/** The user name the sign-in form starts with (set with the notice), or null. */
export function getSignInPrefill(): string | null {
  return prefill;
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

/** Shown when the backend wants the signed-in user's password again (a suspicious-activity rule fired). */
export const REAUTH_NOTICE = 'Please enter your password again.';
