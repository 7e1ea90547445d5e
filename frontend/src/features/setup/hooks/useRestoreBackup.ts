import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useJobProgress } from '@/lib/jobProgress';
import { cancelRestore, restoreBackup, RESTORE_JOB, type RestoreRequest, type RestoreResult } from '../api/restoreApi';

/** A restore's end: what it rebuilt, or cancelled when the person pressed Cancel (whatever the rejection said). */
export type RestoreOutcome = { cancelled: false; result: RestoreResult } | { cancelled: true };

/**
 * Runs a restore with live progress and Cancel. Leaves the cached workspace
 * status alone: the screen switches only when the person presses Continue
 * after reading the summary.
 */
export function useRestoreBackup() {
  const cancelRequested = useRef(false);
  const run = useMutation({
    mutationFn: async (request: RestoreRequest): Promise<RestoreOutcome> => {
      cancelRequested.current = false;
      try {
        return { cancelled: false, result: await restoreBackup(request) };
      } catch (error) {
        if (cancelRequested.current) return { cancelled: true };
        throw error;
      }
    },
  });
  const progress = useJobProgress(RESTORE_JOB, run.isPending);
  const cancel = useMutation({
    mutationFn: () => {
      cancelRequested.current = true;
      return cancelRestore();
    },
  });
  return {
    start: (request: RestoreRequest, onError?: (error: unknown) => void) => {
      progress.reset();
      cancel.reset();
      run.mutate(request, { onError });
    },
    running: run.isPending,
    progress,
    outcome: run.data ?? null,
    error: run.error,
    cancel: () => cancel.mutate(),
    cancelling: cancel.isPending && run.isPending,
    cancelError: cancel.error,
    /** Back to the form after a failure or a cancel (the values stay). */
    reset: () => run.reset(),
  };
}
