import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateWorkspaceStatus } from '@/lib/workspaceStatus';
import { acknowledgeRecoveryKey } from '../api/setupApi';

export function useAcknowledgeRecoveryKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeRecoveryKey,
    onSuccess: () => invalidateWorkspaceStatus(client),
  });
}
