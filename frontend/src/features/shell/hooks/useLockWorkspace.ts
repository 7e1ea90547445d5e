import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { forgetUnlockedData } from '@/lib/workspaceStatus';
import { lockWorkspace } from '../api/lockApi';

export function useLockWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: lockWorkspace,
    onSuccess: () => forgetUnlockedData(client),
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Could not lock the workspace', message: describeError(error) }),
  });
}
