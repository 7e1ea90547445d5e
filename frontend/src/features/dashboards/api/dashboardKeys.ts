import { queryKeys } from '@/lib/queryKeys';
import type { DashboardFilters, ReportSpec } from '../types/dashboardTypes';

/**
 * Query keys of the dashboards feature; all dropped at sign-out with the
 * rest of the cache. Widget data refetch on "records:changed" (see
 * useRecordsChangedRefresh), not on every record key invalidation.
 */
export const dashboardKeys = {
  all: ['dashboards'] as const,
  list: ['dashboards', 'list'] as const,
  detail: (id: string) => ['dashboards', 'detail', id] as const,
  dataAll: ['dashboards', 'data'] as const,
  data: (id: string, filters: DashboardFilters) => ['dashboards', 'data', id, filters] as const,
  drill: (spec: ReportSpec, groupValues: readonly unknown[]) => ['dashboards', 'data', 'drill', spec, groupValues] as const,
  targets: ['dashboards', 'targets'] as const,
  reports: ['dashboards', 'reports'] as const,
  catalog: ['dashboards', 'catalog'] as const,
  /** Under the shared teams key, so a renamed team refreshes the team filter. */
  teams: [...queryKeys.teams, 'dashboards'] as const,
};
