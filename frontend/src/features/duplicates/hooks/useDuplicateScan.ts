import { notifications } from '@mantine/notifications';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useJobProgress } from '@/lib/jobProgress';
import { duplicateKeys } from '../api/duplicateKeys';
import { SCAN_JOB, scanDuplicates } from '../api/duplicatesApi';
import { requestCancel, runScanJob } from '../api/scanJob';
import type { DuplicateScan } from '../types/duplicateTypes';

/**
 * "Find duplicates" for the whole section: one scan at a time (the backend
 * runs one), its progress, Cancel; the result is kept per entity in the
 * query cache, so it survives switching tabs.
 */
export function useDuplicateScan() {
  const client = useQueryClient();
  const [running, setRunning] = useState<string | null>(null);
  const progress = useJobProgress(SCAN_JOB, running !== null);
  const { reset } = progress;
  const run = useMutation({
    mutationKey: ['duplicates', 'scan'],
    mutationFn: async (entity: string) => {
      reset();
      setRunning(entity);
      try {
        return { entity, outcome: await runScanJob(() => scanDuplicates(entity)) };
      } finally {
        setRunning(null);
      }
    },
    onSuccess: ({ entity, outcome }) => {
      if (outcome.cancelled) notifications.show({ title: 'Scan cancelled', message: 'Nothing was changed.' });
      else client.setQueryData(duplicateKeys.scan(entity), outcome.value);
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The scan failed', message: describeError(error) }),
  });
  const cancel = useMutation({
    mutationFn: requestCancel,
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel the scan', message: describeError(error) }),
  });
  return {
    start: (entity: string) => run.mutate(entity),
    /** The entity being scanned, or null. */
    running: run.isPending ? (running ?? run.variables ?? null) : null,
    progress,
    cancel: () => cancel.mutate(),
    cancelling: cancel.isPending,
  };
}

export type DuplicateScanner = ReturnType<typeof useDuplicateScan>;

/** The last finished scan of an entity in this session, if any (never fetched). */
export function useScanResult(entity: string) {
  return useQuery<DuplicateScan>({ queryKey: duplicateKeys.scan(entity), queryFn: skipToken, staleTime: Infinity, gcTime: 30 * 60_000 });
}
