import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateWorkspaceStatus } from '@/lib/workspaceStatus';
import { changePassphrase } from '../api/securityApi';

export function useChangePassphrase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { oldPassphrase: string; newPassphrase: string }) =>
      changePassphrase(input.oldPassphrase, input.newPassphrase),
    onSuccess: (_data, input) => {
      notifications.show({
        color: 'teal',
        title: input.oldPassphrase === '' ? 'Passphrase set' : 'Passphrase changed',
        message: 'Use the new passphrase the next time you unlock.',
      });
      return invalidateWorkspaceStatus(client);
    },
  });
}
