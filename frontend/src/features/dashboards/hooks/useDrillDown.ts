import { useQuery } from '@tanstack/react-query';
import { dashboardKeys } from '../api/dashboardKeys';
import { drillDown } from '../api/dashboardsApi';
import type { ReportSpec } from '../types/dashboardTypes';

/** The records behind clicked group values of `spec`; idle while nothing is clicked. */
export function useDrillDown(spec: ReportSpec | null, groupValues: readonly unknown[] | null) {
  return useQuery({
    queryKey: dashboardKeys.drill(spec ?? { entity: '' }, groupValues ?? []),
    queryFn: () => drillDown(spec as ReportSpec, groupValues ?? []),
    enabled: spec !== null && groupValues !== null,
  });
}
