import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useJobProgress } from '@/lib/jobProgress';
import { chooseSavePath, fileStamp } from '@/lib/saveDialog';
import { DASHBOARD_EXPORT_JOB, exportDashboard } from '../api/dashboardsApi';
import { requestExportCancel, runExportJob } from '../api/exportJob';
import type { DashboardFilters } from '../types/dashboardTypes';
import { cleanFilters } from '../types/filters';
import { fileStem, formatCount } from '../types/format';

export type ExportRequest = { id: string; name: string; filters: DashboardFilters; password: string };

/**
 * Exports a dashboard to Excel: asks where to save, then runs the export as
 * a job (progress per widget, Cancel) and reports the file and row count.
 */
export function useDashboardExport(onDone?: () => void) {
  const [running, setRunning] = useState(false);
  const progress = useJobProgress(DASHBOARD_EXPORT_JOB, running);
  const { reset } = progress;
  const run = useMutation({
    mutationKey: ['dashboards', 'export'],
    mutationFn: async (req: ExportRequest) => {
      const path = await chooseSavePath('Export the dashboard to Excel', `${fileStem(req.name)} ${fileStamp(new Date())}.xlsx`, [
        { displayName: 'Excel workbook', pattern: '*.xlsx' },
      ]);
      if (!path) return null; // the person closed the dialog
      reset();
      setRunning(true);
      try {
        return await runExportJob(() =>
          exportDashboard({ id: req.id, filters: cleanFilters(req.filters), path, password: req.password || undefined }),
        );
      } finally {
        setRunning(false);
      }
    },
    onSuccess: (outcome) => {
      if (!outcome) return;
      onDone?.();
      if (outcome.cancelled) {
        notifications.show({ title: 'Export cancelled', message: 'No file was kept.' });
        return;
      }
      const { path, rows } = outcome.value;
      notifications.show({ color: 'teal', title: 'Dashboard exported', autoClose: 10_000, message: `${formatCount(rows, 'row')} saved to ${path}.` });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The export failed', message: describeError(error) }),
  });
  const cancel = useMutation({
    mutationFn: requestExportCancel,
    onError: (error) => notifications.show({ color: 'red', title: 'Could not cancel the export', message: describeError(error) }),
  });
  return {
    start: (req: ExportRequest) => run.mutate(req),
    busy: run.isPending,
    running,
    progress,
    cancel: () => cancel.mutate(),
    cancelling: cancel.isPending,
  };
}
