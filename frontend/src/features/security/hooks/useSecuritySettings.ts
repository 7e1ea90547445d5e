import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queryKeys';
import { invalidateWorkspaceStatus } from '@/lib/workspaceStatus';
import { getSecuritySettings, updateSecuritySettings } from '../api/securityApi';

export function useSecuritySettings() {
  return useQuery({ queryKey: queryKeys.securitySettings, queryFn: getSecuritySettings });
}

/** Saving may change the unlock methods and the idle time, both carried by the status: re-read it. */
export function useUpdateSecuritySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateSecuritySettings,
    onSuccess: async (saved) => {
      client.setQueryData(queryKeys.securitySettings, saved);
      notifications.show({ color: 'teal', title: 'Security settings saved', message: 'They apply from the next sign-in attempt.' });
      await invalidateWorkspaceStatus(client);
    },
  });
}
