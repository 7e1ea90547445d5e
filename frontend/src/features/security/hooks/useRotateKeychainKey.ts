import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { invalidateWorkspaceStatus } from '@/lib/workspaceStatus';
import { rotateKeychainKey } from '../api/securityApi';

function notifyError(title: string) {
  return (error: unknown) => notifications.show({ color: 'red', title, message: describeError(error) });
}

export function useRotateKeychainKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: rotateKeychainKey,
    onSuccess: () => {
      notifications.show({
        color: 'teal',
        title: 'Keychain key rotated',
        message: 'A new key is stored in the OS keychain; the old one no longer opens this workspace.',
      });
      return invalidateWorkspaceStatus(client);
    },
    onError: notifyError('Could not rotate the keychain key'),
  });
}
