import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { setAuditRetention } from '../api/archiveApi';
import { archiveKeys } from '../types/archiveKeys';
import { retentionLabel } from '../types/archiveForm';

/** Stores the retention policy (audited as a critical change) and refreshes what depends on it. */
export function useSetAuditRetention() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (keepDays: number) => setAuditRetention(keepDays),
    onSuccess: (saved) => {
      client.setQueryData(archiveKeys.retention, saved);
      void client.invalidateQueries({ queryKey: archiveKeys.previews });
      notifications.show({ color: 'teal', title: 'Retention saved', message: `${retentionLabel(saved.keepDays)}. The change is in the audit log.` });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The retention could not be saved', message: describeError(error) }),
  });
}
