import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { listRecords, type ListQueryInput } from '../api/recordsApi';
import { recordListKey } from '../types/listQuery';

/** Pages of 100 rows, loaded as the user scrolls (the backend caps a page at 500). */
export function useRecordList(query: ListQueryInput, enabled = true) {
  const result = useInfiniteQuery({
    queryKey: recordListKey(query),
    queryFn: ({ pageParam }) => listRecords({ ...query, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last) => {
      const next = last.offset + last.rows.length;
      if (last.rows.length === 0) return undefined;
      // Past the count cap the total is not exact: keep going while pages come back full.
      if (last.totalCapped) return last.rows.length >= query.limit ? next : undefined;
      return next < last.total ? next : undefined;
    },
    placeholderData: keepPreviousData,
    enabled,
  });
  const rows = result.data?.pages.flatMap((p) => p.rows) ?? [];
  const first = result.data?.pages[0];
  return { ...result, rows, total: first?.total ?? 0, totalCapped: first?.totalCapped ?? false };
}
