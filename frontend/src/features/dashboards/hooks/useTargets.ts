import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { dashboardKeys } from '../api/dashboardKeys';
import { deleteTarget, listTargets, saveTarget } from '../api/dashboardsApi';
import type { KpiTargetInput } from '../types/dashboardTypes';

/** The KPI targets with this period's progress (dashboards.manage). */
export function useTargets(enabled: boolean) {
  return useQuery({ queryKey: dashboardKeys.targets, queryFn: listTargets, enabled });
}

/** Saves a target; refreshes targets and the widgets that show them. Errors are the caller's (form fields). */
export function useSaveTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: KpiTargetInput) => saveTarget(input),
    onSuccess: (saved, input) => {
      notifications.show({ color: 'teal', title: input.id ? 'Target saved' : 'Target added', message: saved.name });
      void client.invalidateQueries({ queryKey: dashboardKeys.targets });
      void client.invalidateQueries({ queryKey: dashboardKeys.dataAll });
    },
  });
}

export function useDeleteTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteTarget(id),
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'Target deleted', message: 'KPI widgets that showed it now say it is gone.' });
      void client.invalidateQueries({ queryKey: dashboardKeys.targets });
      void client.invalidateQueries({ queryKey: dashboardKeys.dataAll });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The target could not be deleted', message: describeError(error) }),
  });
}
