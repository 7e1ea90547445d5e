import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useJobProgress } from '@/lib/jobProgress';
import { queryKeys } from '@/lib/queryKeys';
import { cancelJob, runJob } from '../api/importJobs';
import { revertImport } from '../api/importsApi';
import { REVERT_JOB } from '../types/importTypes';

/**
 * Reverts an import (job "import.revert") with progress and Cancel. A
 * result with conflicts changed nothing; the caller shows them. Otherwise
 * record lists, past imports and the integration log refresh.
 */
export function useRevertImport() {
  const client = useQueryClient();
  const [running, setRunning] = useState(false);
  const progress = useJobProgress(REVERT_JOB, running);
  const { reset } = progress;
  const revert = useMutation({
    mutationFn: async (batchId: string) => {
      reset();
      setRunning(true);
      try {
        return await runJob(REVERT_JOB, () => revertImport(batchId));
      } finally {
        setRunning(false);
      }
    },
    onSuccess: (outcome) => {
      if (outcome.cancelled) {
        notifications.show({ title: 'Revert cancelled', message: 'Nothing was changed.' });
        return;
      }
      if (outcome.value.conflicts.length > 0) return;
      void Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.records }),
        client.invalidateQueries({ queryKey: queryKeys.search }),
        client.invalidateQueries({ queryKey: queryKeys.importBatches }),
        client.invalidateQueries({ queryKey: queryKeys.integrationRuns }),
      ]);
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The import could not be reverted', message: describeError(error) }),
  });
  const cancel = useMutation({
    mutationFn: () => cancelJob(REVERT_JOB),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel the revert', message: describeError(error) }),
  });
  return { revert, running, progress, cancel: () => cancel.mutate(), cancelling: cancel.isPending };
}
