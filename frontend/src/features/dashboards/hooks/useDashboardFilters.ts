import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { DashboardFilters } from '../types/dashboardTypes';
import { filtersFromParams, filtersToParams } from '../types/filters';

/**
 * The dashboard's filters: those in the URL when it names any, else the
 * dashboard's saved ones. set() writes them into the URL (replacing the entry).
 */
export function useDashboardFilters(saved: DashboardFilters | undefined) {
  const [params, setParams] = useSearchParams();
  const fromUrl = filtersFromParams(params);
  const filters = fromUrl ?? saved ?? {};
  const set = useCallback(
    (next: DashboardFilters) => setParams((current) => filtersToParams(next, current), { replace: true }),
    [setParams],
  );
  return { filters, fromUrl: fromUrl !== null, set };
}
