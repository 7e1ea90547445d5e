import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useJobProgress } from '@/lib/jobProgress';
import { queryKeys } from '@/lib/queryKeys';
import { cancelRetry, retryRun } from '../api/integrationsApi';
import { IMPORT_JOB } from '../types/integrationTypes';

/**
 * Retries a failed or cancelled import with its progress and Cancel; then
 * the log, past imports and record lists refresh. The result (a cancelled
 * or failed retry is a result too) is the caller's to show.
 */
export function useRetryRun() {
  const client = useQueryClient();
  const [running, setRunning] = useState(false);
  const progress = useJobProgress(IMPORT_JOB, running);
  const { reset } = progress;
  const retry = useMutation({
    mutationFn: async (id: string) => {
      reset();
      setRunning(true);
      try {
        return await retryRun(id);
      } finally {
        setRunning(false);
      }
    },
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.integrationRuns }),
        client.invalidateQueries({ queryKey: queryKeys.importBatches }),
        client.invalidateQueries({ queryKey: queryKeys.records }),
        client.invalidateQueries({ queryKey: queryKeys.search }),
      ]),
  });
  const cancel = useMutation({
    mutationFn: cancelRetry,
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel the retry', message: describeError(error) }),
  });
  return { retry, running, progress, cancel: () => cancel.mutate(), cancelling: cancel.isPending };
}
