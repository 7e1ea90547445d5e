import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { setWorkspaceStatus } from '@/lib/workspaceStatus';
import { setKeychainUnlock } from '../api/securityApi';

function notifyError(title: string) {
  return (error: unknown) => notifications.show({ color: 'red', title, message: describeError(error) });
}

export function useSetKeychainUnlock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: setKeychainUnlock,
    onSuccess: (status, enabled) => {
      setWorkspaceStatus(client, status);
      notifications.show({
        color: 'teal',
        title: enabled ? 'Remembered on this device' : 'No longer remembered on this device',
        message: enabled
          ? 'FieldVault will unlock with the OS keychain when you are signed in to this computer.'
          : 'The key was removed from the OS keychain. Unlock with your passphrase next time.',
      });
    },
    onError: notifyError('Could not change keychain unlock'),
  });
}
