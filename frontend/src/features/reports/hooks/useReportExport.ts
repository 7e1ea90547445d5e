import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useJobProgress } from '@/lib/jobProgress';
import { chooseSavePath, fileStamp } from '@/lib/saveDialog';
import { cancelExport, runExportJob } from '../api/reportJobs';
import { exportReport } from '../api/reportsApi';
import { fileSlug } from '../types/reportList';
import { formatRecordCount } from '../types/format';

export const REPORT_EXPORT_JOB = 'report.export';

/**
 * Exports a built-in or saved report to Excel: asks where to save, then
 * runs the export as a job (progress, Cancel) and reports the file and the
 * row count. `onDone` runs after success or cancel (e.g. to close a dialog).
 */
export function useReportExport(report: { id: string; name: string }, onDone?: () => void) {
  const [running, setRunning] = useState(false);
  const progress = useJobProgress(REPORT_EXPORT_JOB, running);
  const { reset } = progress;
  const run = useMutation({
    mutationKey: ['reports', 'export'],
    mutationFn: async (password: string) => {
      const path = await chooseSavePath('Export the report to Excel', `${fileSlug(report.name)}-${fileStamp(new Date())}.xlsx`, [
        { displayName: 'Excel workbook (*.xlsx)', pattern: '*.xlsx' },
      ]);
      if (!path) return null; // the person closed the dialog
      reset();
      setRunning(true);
      try {
        return await runExportJob(() => exportReport({ id: report.id, path, password: password || undefined }));
      } finally {
        setRunning(false);
      }
    },
    onSuccess: (outcome) => {
      if (!outcome) return;
      if (outcome.cancelled) notifications.show({ title: 'Export cancelled', message: 'No file was kept.' });
      else {
        const { path, rows } = outcome.value;
        notifications.show({
          color: 'teal', title: 'Report exported', autoClose: 10_000,
          message: `${formatRecordCount(rows, 'row')} saved to ${path}.`,
        });
      }
      onDone?.();
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The export failed', message: describeError(error) }),
  });
  const cancel = useMutation({
    mutationFn: cancelExport,
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel the export', message: describeError(error) }),
  });
  return {
    start: (password: string) => run.mutate(password),
    busy: run.isPending,
    running,
    progress,
    cancel: () => cancel.mutate(),
    cancelling: cancel.isPending,
  };
}
