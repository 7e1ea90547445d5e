import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import { toAppError } from './call';
import { getSessionNotice, setSessionNotice } from './sessionNotice';
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
 */
export async function handleSessionError(client: QueryClient, error: unknown): Promise<void> {
  const appError = toAppError(error);
  if (appError.code !== 'unauthenticated') return;
  const before = client.getQueryData<WorkspaceStatus>(workspaceStatusKey);
  if (!before?.signedIn) return; // sign-in and unlock screens show their own errors
  let status: WorkspaceStatus;
  try {
    status = await client.fetchQuery({ queryKey: workspaceStatusKey, queryFn: fetchWorkspaceStatus, staleTime: 0 });
  } catch {
    return;
  }
  if (status.signedIn) return;
  if (!getSessionNotice()) setSessionNotice(appError.message);
  forgetSessionQueries(client);
}
