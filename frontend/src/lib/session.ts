import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SignOut } from '../../wailsjs/go/service/SessionService';
import { Lock } from '../../wailsjs/go/service/WorkspaceService';
import { call } from './call';
import { describeError } from './errors';
import type { SessionInfo } from './permissions';
import { forgetUnlockedData, useWorkspaceStatus } from './workspaceStatus';

/** The signed-in user's session from the cached workspace status; undefined when nobody is signed in. */
export function useSession(): SessionInfo | undefined {
  return useWorkspaceStatus().data?.signedIn ?? undefined;
}

/** The name to show for a user: the display name, else the user name. */
export function userLabel(user: { displayName?: string; username: string }): string {
  return user.displayName?.trim() || user.username;
}

/** Ends the session; the workspace stays unlocked on this device. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(() => SignOut()),
    onSettled: () => forgetUnlockedData(client),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not sign out', message: describeError(error) }),
  });
}

/** Locks the workspace: the backend signs out, forgets the key and closes the database. */
export function useLockWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(() => Lock()),
    onSuccess: () => forgetUnlockedData(client),
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Could not lock the workspace', message: describeError(error) }),
  });
}
