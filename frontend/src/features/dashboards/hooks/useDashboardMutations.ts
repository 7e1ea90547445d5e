import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { dashboardKeys } from '../api/dashboardKeys';
import { deleteDashboard, saveDashboard } from '../api/dashboardsApi';
import type { DashboardSaveInput } from '../types/dashboardTypes';

/** Saves a dashboard; the caller handles errors (field errors go onto the form and the widgets). */
export function useSaveDashboard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DashboardSaveInput) => saveDashboard(input),
    onSuccess: (saved) => {
      client.setQueryData(dashboardKeys.detail(saved.id), saved);
      void client.invalidateQueries({ queryKey: dashboardKeys.all });
    },
  });
}

/** Deletes a dashboard and says so. */
export function useDeleteDashboard(onDeleted: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteDashboard(id),
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'Dashboard deleted', message: 'Your default dashboard is shown again.' });
      void client.invalidateQueries({ queryKey: dashboardKeys.all });
      onDeleted();
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The dashboard could not be deleted', message: describeError(error) }),
  });
}
