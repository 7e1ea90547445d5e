import { notifications } from '@mantine/notifications';
import { useIsMutating, useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { useJobProgress } from '@/lib/jobProgress';
import { queryKeys } from '@/lib/queryKeys';
import { chooseSavePath } from '@/lib/saveDialog';
import { BACKUP_JOB, type BackupRequest, type BackupResult } from '../api/backupsApi';
import { requestBackupCancel, runBackup, type BackupOutcome } from '../api/backupJob';
import { backupFileName } from '../types/backupFileName';

const BACKUP_KEY = ['backups', 'run'] as const;
const BACKUP_FILTER = { displayName: 'Encrypted backup (*.age)', pattern: '*.age' };

/** The backup job as useBackup returns it. */
export type BackupJob = ReturnType<typeof useBackup>;

/**
 * Backs the workspace up: the native save dialog (suggesting
 * "<workspace>-YYYY-MM-DD.age"), then job "workspace.backup" with progress
 * and Cancel. The running state and the last result live in the mutation
 * cache, so leaving the tab and coming back still shows them.
 */
export function useBackup(workspaceName: string) {
  const client = useQueryClient();
  const [choosing, setChoosing] = useState(false);
  const [dismissedAt, setDismissedAt] = useState(0);
  const running = useIsMutating({ mutationKey: BACKUP_KEY }) > 0;
  const progress = useJobProgress(BACKUP_JOB, running);
  const run = useMutation({
    mutationKey: BACKUP_KEY,
    mutationFn: (request: BackupRequest) => runBackup(request),
    onSuccess: (outcome) => {
      if (outcome.cancelled) notifications.show({ title: 'Backup cancelled', message: 'No file was written.' });
      else notifications.show({ color: 'teal', title: 'Backup saved', message: outcome.result.path });
    },
    onError: (error) => {
      // a bad key or passphrase shows at its field; anything else as a toast
      const fields = toAppError(error).fields ?? {};
      if (fields.recipients || fields.passphrase) return;
      notifications.show({ color: 'red', title: 'The backup failed', message: describeError(error), autoClose: false });
    },
    // the integration log lists every backup, failed ones too
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.integrationRuns }),
  });
  const cancel = useMutation({
    mutationFn: requestBackupCancel,
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel the backup', message: describeError(error) }),
  });
  const last = useMutationState({
    filters: { mutationKey: BACKUP_KEY, status: 'success' },
    select: (m) => ({ outcome: m.state.data as BackupOutcome | undefined, at: m.state.submittedAt }),
  }).at(-1);
  const result: BackupResult | null =
    last && last.at > dismissedAt && last.outcome && !last.outcome.cancelled ? last.outcome.result : null;

  /** Asks where to save, then starts; resolves once started (or not: dialog closed). onError gets the backend's refusal. */
  const start = async (fields: Omit<BackupRequest, 'path'>, handlers: { onError?: (error: unknown) => void; onDone?: () => void } = {}) => {
    setChoosing(true);
    let path: string | null;
    try {
      path = await chooseSavePath('Save the backup', backupFileName(workspaceName, new Date()), [BACKUP_FILTER]);
    } catch (error) {
      notifications.show({ color: 'red', title: 'The save dialog did not open', message: describeError(error) });
      return;
    } finally {
      setChoosing(false);
    }
    if (!path) return; // the person closed the dialog
    progress.reset();
    run.mutate(
      { ...fields, path },
      { onError: handlers.onError, onSuccess: (outcome) => (outcome.cancelled ? undefined : handlers.onDone?.()) },
    );
  };

  return {
    start,
    choosing,
    running,
    progress,
    cancel: () => cancel.mutate(),
    cancelling: cancel.isPending && running,
    result,
    dismiss: () => setDismissedAt(Date.now()),
  };
}
