import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useJobProgress } from '@/lib/jobProgress';
import { chooseSavePath } from '@/lib/saveDialog';
import { archiveAudit, type AuditArchiveRequest, type AuditArchiveResult } from '../api/archiveApi';
import { cancelAuditJob, runAuditJob } from '../api/auditJobs';
import { archiveFileName } from '../types/archiveForm';
import { auditKeys } from '../types/auditKeys';

/** The archive job as useAuditArchive returns it. */
export type AuditArchiveJob = ReturnType<typeof useAuditArchive>;

const ARCHIVE_FILTER = { displayName: 'age-encrypted audit archive (*.age)', pattern: '*.age' };

/**
 * Archives the oldest entries: asks where to save the file (native dialog),
 * then runs job "audit.archive" with progress and Cancel, and keeps the
 * result (count, file, checksum, anchor) to show.
 */
export function useAuditArchive() {
  const client = useQueryClient();
  const [writing, setWriting] = useState(false);
  const [result, setResult] = useState<AuditArchiveResult | null>(null);
  const progress = useJobProgress('audit.archive', writing);
  const { reset } = progress;
  const run = useMutation({
    mutationKey: ['audit', 'archive'],
    mutationFn: async (request: Omit<AuditArchiveRequest, 'path'>) => {
      const path = await chooseSavePath('Save the audit archive', archiveFileName(request.before), [ARCHIVE_FILTER]);
      if (!path) return null; // the person closed the dialog
      reset();
      setResult(null);
      setWriting(true);
      try {
        return await runAuditJob('audit.archive', () => archiveAudit({ ...request, path }));
      } finally {
        setWriting(false);
      }
    },
    onSuccess: (outcome) => {
      if (!outcome) return;
      if (outcome.cancelled) {
        notifications.show({ title: 'Archive cancelled', message: 'Nothing left the log and no file was kept.' });
        return;
      }
      void client.invalidateQueries({ queryKey: auditKeys.all });
      if (outcome.value.entries === 0) {
        notifications.show({ title: 'Nothing to archive', message: 'No entry was old enough, so no file was written.' });
        return;
      }
      setResult(outcome.value);
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The archive failed', message: describeError(error), autoClose: false }),
  });
  const cancel = useMutation({
    mutationFn: () => cancelAuditJob('audit.archive'),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel the archive', message: describeError(error) }),
  });
  return {
    start: (request: Omit<AuditArchiveRequest, 'path'>) => run.mutate(request),
    busy: run.isPending,
    writing,
    progress,
    cancel: () => cancel.mutate(),
    cancelling: cancel.isPending && writing,
    result,
    dismiss: () => setResult(null),
  };
}
