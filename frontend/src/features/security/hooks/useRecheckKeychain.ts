import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { invalidateWorkspaceStatus } from '@/lib/workspaceStatus';
import { probeKeychain } from '../api/securityApi';

/** Re-checks the keychain and refreshes the status (which carries the last probe result). */
export function useRecheckKeychain() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: probeKeychain,
    onSuccess: () => invalidateWorkspaceStatus(client),
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Could not check the OS keychain', message: describeError(error) }),
  });
}
