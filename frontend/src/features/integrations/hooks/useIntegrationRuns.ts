import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queryKeys';
import { listRuns } from '../api/integrationsApi';
import type { RunFilterRequest } from '../types/integrationTypes';

/** The runs matching `filter`; the previous list stays on screen while a new filter loads. */
export function useIntegrationRuns(filter: RunFilterRequest) {
  return useQuery({
    queryKey: [...queryKeys.integrationRuns, filter],
    queryFn: () => listRuns(filter),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.some((r) => r.outcome === 'running') ? 3_000 : false),
  });
}
