import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateWorkspaceStatus } from '@/lib/workspaceStatus';
import { changePassword } from '../api/sessionApi';

/** Changes the signed-in user's password; the refreshed status clears "must change password". */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { oldPassword: string; newPassword: string }) => changePassword(input.oldPassword, input.newPassword),
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'Password changed', message: 'Use the new password the next time you sign in.' });
      return invalidateWorkspaceStatus(client);
    },
  });
}
