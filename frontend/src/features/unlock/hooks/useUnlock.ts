import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setWorkspaceStatus, type WorkspaceStatus } from '@/lib/workspaceStatus';
import { unlockWithKeychain, unlockWithPassphrase, unlockWithRecoveryKey } from '../api/unlockApi';

export type UnlockRequest =
  | { method: 'keychain' }
  | { method: 'passphrase'; secret: string }
  | { method: 'recovery'; secret: string };

function unlock(request: UnlockRequest): Promise<WorkspaceStatus> {
  switch (request.method) {
    case 'keychain':
      return unlockWithKeychain();
    case 'passphrase':
      return unlockWithPassphrase(request.secret);
    case 'recovery':
      return unlockWithRecoveryKey(request.secret.trim());
  }
}

/** One mutation for every unlock method; success stores the new status, which opens the app. */
export function useUnlock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: unlock,
    onSuccess: (status, request) => {
      setWorkspaceStatus(client, status);
      if (request.method === 'recovery') {
        notifications.show({
          color: 'yellow',
          title: 'Unlocked with the recovery key',
          message: 'If you forgot your passphrase, set a new one in Admin → Security.',
          autoClose: 10000,
        });
      }
    },
  });
}
