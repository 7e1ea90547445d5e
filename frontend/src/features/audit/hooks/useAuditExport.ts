import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useJobProgress } from '@/lib/jobProgress';
import { chooseSavePath } from '@/lib/saveDialog';
import { exportAudit, type AuditQuery, type ExportFormat } from '../api/auditApi';
import { cancelAuditJob, runAuditJob } from '../api/auditJobs';
import { formatTotal } from '../types/auditFormat';
import { EXPORT_SPECS, verifyCommand } from '../types/exportSpecs';

/**
 * Exports what the filters match: asks where to save, then runs the export
 * as a job (progress, Cancel) and reports the file and row count.
 */
export function useAuditExport(query: AuditQuery) {
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const progress = useJobProgress('audit.export', exporting !== null);
  const { reset } = progress;
  const run = useMutation({
    mutationKey: ['audit', 'export'],
    mutationFn: async (format: ExportFormat) => {
      const spec = EXPORT_SPECS[format];
      const path = await chooseSavePath(spec.dialogTitle, spec.fileName(new Date()), [spec.filter]);
      if (!path) return null; // the person closed the dialog
      reset();
      setExporting(format);
      try {
        return { format, outcome: await runAuditJob('audit.export', () => exportAudit(query, format, path)) };
      } finally {
        setExporting(null);
      }
    },
    onSuccess: (done) => {
      if (!done) return;
      const { format, outcome } = done;
      if (outcome.cancelled) {
        notifications.show({ title: 'Export cancelled', message: 'No file was kept.' });
        return;
      }
      const { path, rows } = outcome.value;
      const check = format === 'bundle' ? ` Anyone can check it with: ${verifyCommand()}` : '';
      notifications.show({
        color: 'teal', title: 'Audit log exported', autoClose: 10_000,
        message: `${formatTotal(rows, false)} saved to ${path}.${check}`,
      });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The export failed', message: describeError(error) }),
  });
  const cancel = useMutation({
    mutationFn: () => cancelAuditJob('audit.export'),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel the export', message: describeError(error) }),
  });
  return {
    start: (format: ExportFormat) => run.mutate(format),
    busy: run.isPending,
    exporting,
    progress,
    cancel: () => cancel.mutate(),
    cancelling: cancel.isPending,
  };
}
