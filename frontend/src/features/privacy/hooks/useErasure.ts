import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { queryKeys } from '@/lib/queryKeys';
import { eraseSubject } from '../api/privacyApi';
import { erasureDoneMessage } from '../types/erasure';

/** Erases one person; on success refreshes every record view and the audit screens, and reports the counts. */
export function useErasure(entity: string, id: string, onDone: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['privacy', 'erase', entity, id],
    mutationFn: (reason: string) => eraseSubject(entity, id, reason),
    onSuccess: async (result) => {
      onDone();
      notifications.show({ color: 'teal', title: 'Personal data erased', autoClose: 12_000, message: erasureDoneMessage(result) });
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.records }),
        client.invalidateQueries({ queryKey: queryKeys.search }),
        // the audit viewer's lists and entries (features/audit auditKeys); not its verification state
        client.invalidateQueries({ queryKey: ['audit', 'list'] }),
        client.invalidateQueries({ queryKey: ['audit', 'entry'] }),
      ]);
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The erasure failed', message: describeError(error) }),
  });
}
