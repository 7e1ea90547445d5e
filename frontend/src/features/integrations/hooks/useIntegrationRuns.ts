import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queryKeys';
import { listRuns } from '../api/integrationsApi';
import type { IntegrationRun, RunCursor, RunFilterRequest } from '../types/integrationTypes';

/** Where the page after `page` continues, or undefined when `page` was the last (shorter than a full page). */
export function nextRunCursor(page: readonly IntegrationRun[], limit: number): RunCursor | undefined {
  const last = page[page.length - 1];
  return page.length < limit || !last ? undefined : { startedAt: last.startedAt, seq: last.seq };
}

/**
 * The runs matching `filter`, newest first, a page of filter.limit at a
 * time (fetchNextPage for older ones); the previous list stays on screen
 * while a new filter loads, and the log refreshes while a run is running.
 */
export function useIntegrationRuns(filter: RunFilterRequest) {
  const query = useInfiniteQuery({
    queryKey: [...queryKeys.integrationRuns, filter],
    queryFn: ({ pageParam }) => listRuns(filter, pageParam),
    initialPageParam: null as RunCursor | null,
    getNextPageParam: (page) => nextRunCursor(page, filter.limit),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.pages.some((p) => p.some((r) => r.outcome === 'running')) ? 3_000 : false),
  });
  return { ...query, runs: query.data?.pages.flat() ?? [] };
}
