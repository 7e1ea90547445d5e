import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queryKeys';
import { searchRecords } from '../api/searchApi';
import { groupHits, searchable } from '../types/groupHits';

/** Record search for the palette: 150 ms after typing stops, from 2 characters. */
export function useGlobalSearch(query: string) {
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const enabled = searchable(debounced) && searchable(query);
  const result = useQuery({
    queryKey: [...queryKeys.search, debounced],
    queryFn: () => searchRecords(debounced, 30),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
  return { groups: enabled ? groupHits(result.data) : [], loading: enabled && result.isFetching, error: result.error };
}
