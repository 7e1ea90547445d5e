import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { dashboardKeys } from '../api/dashboardKeys';
import { fetchCatalog, fetchDashboardData, getDashboard, listDashboards, listReportChoices, listTeams } from '../api/dashboardsApi';
import type { DashboardFilters, ReportSpec } from '../types/dashboardTypes';
import { cleanFilters } from '../types/filters';

/** The dashboards the viewer may open (their default first). */
export function useDashboardList() {
  return useQuery({ queryKey: dashboardKeys.list, queryFn: listDashboards });
}

/** One dashboard's definition ("" = the viewer's default). */
export function useDashboard(id: string) {
  return useQuery({ queryKey: dashboardKeys.detail(id), queryFn: () => getDashboard(id) });
}

/**
 * Every widget's data under the filters. The previous data stay on screen
 * while new filters load or a live refresh runs, so the grid never blanks.
 */
export function useDashboardData(id: string, filters: DashboardFilters, enabled: boolean) {
  const clean = cleanFilters(filters);
  return useQuery({
    queryKey: dashboardKeys.data(id, clean),
    queryFn: () => fetchDashboardData(id, clean),
    enabled,
    // Same dashboard: keep what is shown while other filters load; another one starts blank.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === id ? previous : undefined),
  });
}

/** Built-in and saved reports (widget sources) by id; empty without reports.view. */
export function useReportChoices(enabled: boolean) {
  const query = useQuery({ queryKey: dashboardKeys.reports, queryFn: listReportChoices, enabled, staleTime: 60_000 });
  const specs = useMemo(() => new Map<string, ReportSpec>((query.data ?? []).map((r) => [r.id, r.spec])), [query.data]);
  return { ...query, choices: query.data ?? [], specs };
}

/** The date and datetime field keys of each record type (drilling down under a date range; "the range applies to"). */
export function useDateFields(enabled: boolean) {
  const query = useQuery({ queryKey: dashboardKeys.catalog, queryFn: fetchCatalog, enabled, staleTime: 5 * 60_000 });
  return useMemo(() => {
    const byEntity = new Map<string, Set<string>>();
    const labels = new Map<string, string>();
    for (const e of query.data ?? []) {
      const dates = e.fields.filter((f) => f.type === 'date' || f.type === 'datetime');
      byEntity.set(e.entity, new Set(dates.map((f) => f.key)));
      for (const f of dates) labels.set(`${e.entity}\u0000${f.key}`, f.label);
    }
    return {
      ready: query.isSuccess,
      of: (entity: string) => byEntity.get(entity) ?? new Set<string>(),
      label: (entity: string, key: string) => labels.get(`${entity}\u0000${key}`) ?? key,
    };
  }, [query.data, query.isSuccess]);
}

/** Every team, for the team filter and sharing. */
export function useTeams() {
  const query = useQuery({ queryKey: dashboardKeys.teams, queryFn: listTeams, staleTime: 60_000 });
  const names = useMemo(() => new Map((query.data ?? []).map((t) => [t.id, t.name])), [query.data]);
  return { ...query, teams: query.data ?? [], nameOf: (id: string) => names.get(id) };
}
