import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { alertKeys } from '../api/alertKeys';
import { getSecurityDashboard } from '../api/alertsApi';

/** The security summary for the last `days` days; the previous range stays visible while another loads. */
export function useSecurityDashboard(days: number) {
  return useQuery({ queryKey: alertKeys.dashboard(days), queryFn: () => getSecurityDashboard(days), placeholderData: keepPreviousData });
}
