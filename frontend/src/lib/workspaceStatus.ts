import { notifications } from '@mantine/notifications';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { Status } from '../../wailsjs/go/service/WorkspaceService';
import type { model } from '../../wailsjs/go/models';
import { call } from './call';

export type WorkspaceStatus = model.WorkspaceStatus;
export type KeychainStatus = model.KeychainStatus;
export type UnlockMethod = 'keychain' | 'passphrase' | 'recovery';

export const workspaceStatusKey = ['workspace', 'status'] as const;

export function fetchWorkspaceStatus(): Promise<WorkspaceStatus> {
  return call(() => Status());
}

/** The workspace status drives which screen shows; it only changes through our own mutations. */
export function useWorkspaceStatus() {
  return useQuery({
    queryKey: workspaceStatusKey,
    queryFn: fetchWorkspaceStatus,
    staleTime: Infinity,
    retry: false,
  });
}

/** Store a status a mutation returned, so the screen switches without a round trip. */
export function setWorkspaceStatus(client: QueryClient, status: WorkspaceStatus): void {
  client.setQueryData(workspaceStatusKey, status);
}

export function invalidateWorkspaceStatus(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: workspaceStatusKey });
}

/**
 * After locking or signing out: drop every cached record (decrypted data must
 * not linger), close the toasts (they may name users or records the next
 * person must not see) and re-read the status.
 */
export async function forgetUnlockedData(client: QueryClient): Promise<void> {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== workspaceStatusKey[0] });
  notifications.clean();
  await invalidateWorkspaceStatus(client);
}

export function hasUnlockMethod(status: Pick<WorkspaceStatus, 'unlockMethods'>, method: UnlockMethod): boolean {
  return (status.unlockMethods ?? []).includes(method);
}
