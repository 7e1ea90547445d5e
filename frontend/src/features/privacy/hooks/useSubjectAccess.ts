import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useJobProgress } from '@/lib/jobProgress';
import { chooseSavePath } from '@/lib/saveDialog';
import { SUBJECT_ACCESS_JOB, cancelSubjectAccess, runSubjectAccess } from '../api/privacyApi';
import { SUBJECT_ACCESS_SPECS, subjectDoneMessage, subjectFileName, type SubjectAccessFormat } from '../types/subjectAccess';

/**
 * A contact's subject access export: asks where to save, runs the export as
 * job "privacy.access" (progress, Cancel) and reports the file and item count.
 */
export function useSubjectAccess(contactId: string) {
  const [exporting, setExporting] = useState<SubjectAccessFormat | null>(null);
  const progress = useJobProgress(SUBJECT_ACCESS_JOB, exporting !== null);
  const { reset } = progress;
  const run = useMutation({
    mutationKey: ['privacy', 'access', contactId],
    mutationFn: async (format: SubjectAccessFormat) => {
      const spec = SUBJECT_ACCESS_SPECS[format];
      const path = await chooseSavePath(spec.dialogTitle, subjectFileName(format, contactId, new Date()), [spec.filter]);
      if (!path) return null; // the person closed the dialog
      reset();
      setExporting(format);
      try {
        return await runSubjectAccess(contactId, format, path);
      } finally {
        setExporting(null);
      }
    },
    onSuccess: (outcome) => {
      if (!outcome) return;
      if (outcome.cancelled) {
        notifications.show({ title: 'Export cancelled', message: 'No file was kept.' });
        return;
      }
      notifications.show({
        color: 'teal', title: 'Subject access report saved', autoClose: 10_000,
        message: subjectDoneMessage(outcome.value.path, outcome.value.rows),
      });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The export failed', message: describeError(error) }),
  });
  const cancel = useMutation({
    mutationFn: () => cancelSubjectAccess(),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel the export', message: describeError(error) }),
  });
  return {
    start: (format: SubjectAccessFormat) => run.mutate(format),
    busy: run.isPending,
    exporting,
    progress,
    cancel: () => cancel.mutate(),
    cancelling: cancel.isPending,
  };
}
