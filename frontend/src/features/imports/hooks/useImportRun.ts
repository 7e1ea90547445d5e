import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '@/lib/errors';
import { useJobProgress } from '@/lib/jobProgress';
import { queryKeys } from '@/lib/queryKeys';
import { cancelJob, runJob } from '../api/importJobs';
import { dryRunImport, runImport } from '../api/importsApi';
import { countsSummary } from '../types/importCounts';
import { IMPORT_JOB, type ImportRequest } from '../types/importTypes';

/**
 * The dry run and the import of the wizard, one at a time (job "import"),
 * with their live progress and Cancel. After an import (even a cancelled or
 * failed one: it may have written) record lists, past imports and the
 * integration log refresh; a toast tells the outcome when the wizard is no
 * longer on screen.
 */
export function useImportRun() {
  const client = useQueryClient();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const [running, setRunning] = useState<'dry' | 'run' | null>(null);
  const progress = useJobProgress(IMPORT_JOB, running !== null);
  const { reset } = progress;

  const track = async <T,>(kind: 'dry' | 'run', work: () => Promise<T>) => {
    reset();
    setRunning(kind);
    try {
      return await runJob(IMPORT_JOB, work);
    } finally {
      setRunning(null);
    }
  };

  const dryRun = useMutation({ mutationFn: (req: ImportRequest) => track('dry', () => dryRunImport(req)) });
  const run = useMutation({
    mutationFn: (req: ImportRequest) => track('run', () => runImport(req)),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.records }),
        client.invalidateQueries({ queryKey: queryKeys.search }),
        client.invalidateQueries({ queryKey: queryKeys.importBatches }),
        client.invalidateQueries({ queryKey: queryKeys.integrationRuns }),
      ]),
    onSuccess: (outcome) => {
      if (mounted.current || outcome.cancelled) return;
      const res = outcome.value;
      const failed = res.status === 'failed';
      notifications.show({
        color: failed ? 'red' : res.status === 'cancelled' ? 'orange' : 'teal',
        title: failed ? 'The import failed' : res.status === 'cancelled' ? 'Import cancelled' : 'Import finished',
        message: failed ? res.message : countsSummary(res.counts),
        autoClose: failed ? false : 10_000,
      });
    },
    onError: (error) => {
      if (!mounted.current) notifications.show({ color: 'red', title: 'The import failed', message: describeError(error) });
    },
  });
  const cancel = useMutation({
    mutationFn: () => cancelJob(IMPORT_JOB),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel', message: describeError(error) }),
  });
  return { dryRun, run, running, progress, cancel: () => cancel.mutate(), cancelling: cancel.isPending };
}
