import { useQuery } from '@tanstack/react-query';
import { duplicateKeys } from '../api/duplicateKeys';
import { fetchMergePreview } from '../api/duplicatesApi';
import { fetchEntityDefs, fetchRecord } from '../api/recordsRead';

export function useEntityDefs() {
  return useQuery({ queryKey: duplicateKeys.entityDefs, queryFn: fetchEntityDefs, staleTime: 5 * 60_000 });
}

export function useMergeRecord(entity: string, id: string) {
  return useQuery({ queryKey: duplicateKeys.record(entity, id), queryFn: () => fetchRecord(entity, id), retry: false });
}

/** Per entity, the records linked to `other` that merging it into `survivor` would move. */
export function useMergePreview(entity: string, survivor: string, other: string) {
  return useQuery({
    queryKey: duplicateKeys.preview(entity, survivor, other),
    queryFn: () => fetchMergePreview(entity, survivor, other),
    retry: false,
  });
}
