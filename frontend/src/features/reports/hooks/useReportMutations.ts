import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { deleteReport, saveReport } from '../api/reportsApi';
import { reportKeys } from '../api/reportKeys';
import type { ReportInfo, SaveReportInput } from '../types/reportTypes';

/** Saves a report; the list and that report's results refresh. Errors are left to the caller (field errors). */
export function useSaveReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveReportInput) => saveReport(input),
    onSuccess: (saved) => {
      // In the list at once, so the report's page finds it before the list is read again.
      client.setQueryData<ReportInfo[]>(reportKeys.list, (list) =>
        list ? (list.some((r) => r.id === saved.id) ? list.map((r) => (r.id === saved.id ? saved : r)) : [...list, saved]) : list,
      );
      void client.invalidateQueries({ queryKey: reportKeys.list });
      void client.invalidateQueries({ queryKey: reportKeys.run(saved.id) });
    },
  });
}

/** Deletes a saved report, with a toast either way. */
export function useDeleteReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (report: { id: string; name: string }) => deleteReport(report.id),
    onSuccess: (_, report) => {
      notifications.show({ color: 'teal', title: 'Report deleted', message: report.name });
      void client.invalidateQueries({ queryKey: reportKeys.list });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not delete the report', message: describeError(error) }),
  });
}
