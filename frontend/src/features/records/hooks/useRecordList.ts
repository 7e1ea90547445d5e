import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { listRecords, type ListQueryInput } from '../api/recordsApi';
import { recordListKey } from '../types/listQuery';
import { flattenPages, nextPageParam } from '../types/recordPages';

/**
 * Pages of query.limit rows, loaded as the user scrolls (the backend caps a
 * page at 500). Pages follow the backend's cursor (nextAfter), so the
 * 500th page costs what the first does. `rows` keeps its identity until a
 * page is added or changes (see flattenPages).
 */
export function useRecordList(query: ListQueryInput, enabled = true) {
  const result = useInfiniteQuery({
    queryKey: recordListKey(query),
    queryFn: ({ pageParam }) => listRecords({ ...query, offset: 0, after: pageParam }),
    initialPageParam: '',
    getNextPageParam: nextPageParam,
    placeholderData: keepPreviousData,
    enabled,
  });
  const pages = result.data?.pages;
  const rows = useMemo(() => flattenPages(pages), [pages]);
  const first = pages?.[0];
  return { ...result, rows, total: first?.total ?? 0, totalCapped: first?.totalCapped ?? false };
}
