import { useQuery } from '@tanstack/react-query';
import { listRecords, type ListQueryInput } from '../api/recordsApi';
import { relatedListKey } from '../types/listQuery';

/** One page of related records for a panel; refreshed with every record write (key under "records"). */
export function useRelatedRecords(query: ListQueryInput, enabled = true) {
  return useQuery({ queryKey: relatedListKey(query), queryFn: () => listRecords(query), enabled });
}
