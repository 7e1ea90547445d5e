import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { endManualRun, startManualRun } from '../api/manualRuns';
import { scheduleKeys } from '../api/scheduleKeys';
import { deleteSchedule, listRuns, listSchedulableReports, listSchedules, runScheduleNow, saveSchedule } from '../api/schedulesApi';
import type { ScheduleInput } from '../types/scheduleTypes';

/** The caller's schedules (refreshed on "schedules:changed" by the listener). */
export function useSchedules(enabled = true) {
  return useQuery({ queryKey: scheduleKeys.list, queryFn: listSchedules, enabled });
}

/** The run history of one schedule; idle while none is open. */
export function useScheduleRuns(id: string | null) {
  return useQuery({ queryKey: scheduleKeys.runs(id ?? ''), queryFn: () => listRuns(id ?? ''), enabled: id !== null });
}

/** The saved reports that can be scheduled. */
export function useSchedulableReports(enabled: boolean) {
  return useQuery({ queryKey: scheduleKeys.reports, queryFn: listSchedulableReports, enabled, staleTime: 30_000 });
}

/** Saves a schedule; errors are the caller's (form fields). */
export function useSaveSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ScheduleInput) => saveSchedule(input),
    onSuccess: () => void client.invalidateQueries({ queryKey: scheduleKeys.all }),
  });
}

export function useDeleteSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteSchedule(id),
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'Schedule deleted', message: 'Its run history went with it; files already written stay.' });
      void client.invalidateQueries({ queryKey: scheduleKeys.all });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The schedule could not be deleted', message: describeError(error) }),
  });
}

/** Runs a schedule now and says how it went (a failed run is a result, not an error). */
export function useRunNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      startManualRun(id);
      try {
        return await runScheduleNow(id);
      } finally {
        endManualRun(id);
      }
    },
    onSuccess: (run) => {
      if (run.status === 'ok') {
        notifications.show({ color: 'teal', title: 'Report written', autoClose: 10_000, message: `${run.rows.toLocaleString('en-US')} rows saved to ${run.file}.` });
      } else {
        notifications.show({ color: 'red', title: 'The run failed', autoClose: false, message: run.error || 'The report could not be written.' });
      }
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The report could not run', message: describeError(error) }),
    onSettled: () => void client.invalidateQueries({ queryKey: scheduleKeys.all }),
  });
}
