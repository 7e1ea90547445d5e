import { useQuery } from '@tanstack/react-query';
import { alertKeys } from '../api/alertKeys';
import { listAlerts } from '../api/alertsApi';

/** How often the badge re-reads the count when no event arrives (events refresh it at once). */
export const OPEN_COUNT_POLL_MS = 30_000;

/** The number of open alerts for the nav badge; re-read on alert events and every 30 s. */
export function useOpenAlertCount(enabled = true) {
  return useQuery({
    queryKey: alertKeys.openCount,
    queryFn: async () => (await listAlerts({ status: 'open', offset: 0, limit: 1 })).open,
    refetchInterval: OPEN_COUNT_POLL_MS,
    enabled,
  });
}
