import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EMPTY_RUN_FILTERS, filtersFromParams, filtersToParams, toRunFilter, type RunFilters } from '../types/runFilters';

/** The log's filters, kept in the URL (replacing the history entry) so a link or Back restores them. */
export function useRunFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const request = useMemo(() => toRunFilter(filters), [filters]);
  const setFilters = useCallback(
    (patch: Partial<RunFilters>) => setParams((prev) => filtersToParams({ ...filtersFromParams(prev), ...patch }, prev), { replace: true }),
    [setParams],
  );
  const clear = useCallback(() => setParams((prev) => filtersToParams(EMPTY_RUN_FILTERS, prev), { replace: true }), [setParams]);
  return { filters, request, setFilters, clear };
}
