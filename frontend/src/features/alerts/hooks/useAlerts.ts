import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alertKeys } from '../api/alertKeys';
import { getAlert, listAlerts, transitionAlert, type AlertFilter } from '../api/alertsApi';

/** One page of the alert list; the previous page stays on screen while the next loads. */
export function useAlertList(filter: AlertFilter) {
  return useQuery({ queryKey: alertKeys.list(filter), queryFn: () => listAlerts(filter), placeholderData: keepPreviousData });
}

/** One alert with its workflow (disabled without an id). */
export function useAlert(id: string | null) {
  return useQuery({ queryKey: alertKeys.detail(id ?? ''), queryFn: () => getAlert(id ?? ''), enabled: Boolean(id) });
}

/**
 * Moves an alert along its workflow. Nothing changes on screen until the
 * server answers; then the detail is replaced and every alert query re-read.
 */
export function useTransitionAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: transitionAlert,
    onSuccess: async (alert) => {
      client.setQueryData(alertKeys.detail(alert.id), alert);
      await client.invalidateQueries({ queryKey: alertKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== alert.id });
    },
  });
}
