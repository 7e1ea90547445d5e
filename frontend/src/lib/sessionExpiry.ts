import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import { toAppError } from './call';
import { getSessionNotice, REAUTH_NOTICE, setSessionNotice } from './sessionNotice';
import { fetchWorkspaceStatus, workspaceStatusKey, type WorkspaceStatus } from './workspaceStatus';

/** Drops every cached query except the workspace's own (status, keychain probe). */
export function forgetSessionQueries(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== workspaceStatusKey[0] });
  notifications.clean(); // toasts may name what the next person must not see
}

/**
 * Called for every failed backend call. An "unauthenticated" failure while
 * someone is signed in may mean the session ended (idle time, disabled
 * account, signed out elsewhere) — or only that a secret was wrong (a wrong
 * old passphrase is also "unauthenticated"). The fresh status decides: when
 * nobody is signed in any more, the app unmounts and sign-in shows the
 * backend's reason.
 *
 * "reauth_required" means the session must re-enter its password (a
 * suspicious-activity rule asked for it): every call fails until then and
 * the status no longer shows anyone signed in, so the app unmounts the same
 * way and sign-in opens with the user's name filled in and a note asking
 * for the password again.
 */
export async function handleSessionError(client: QueryClient, error: unknown): Promise<void> {
  const appError = toAppError(error);
  if (appError.code !== 'unauthenticated' && appError.code !== 'reauth_required') return;
  const before = client.getQueryData<WorkspaceStatus>(workspaceStatusKey);
  if (!before?.signedIn) return; // sign-in and unlock screens show their own errors
  const reauth = appError.code === 'reauth_required';
  // Set before the status switches the screen, so that sign-in opens filled in.
  if (reauth) setSessionNotice(REAUTH_NOTICE, before.signedIn.user.username);
  let status: WorkspaceStatus;
  try {
    status = await client.fetchQuery({ queryKey: workspaceStatusKey, queryFn: fetchWorkspaceStatus, staleTime: 0 });
  } catch {
    if (reauth) setSessionNotice(null);
    return;
  }
  if (status.signedIn) {
    if (reauth) setSessionNotice(null);
    return;
  }
  if (!getSessionNotice()) setSessionNotice(appError.message);
  forgetSessionQueries(client);
}
