import { useQuery } from '@tanstack/react-query';
import { duplicateKeys } from '../api/duplicateKeys';
import { fetchMerges } from '../api/duplicatesApi';

/** The newest merges of an entity (the caller's own; administrators see everyone's). */
export function useMerges(entity: string) {
  return useQuery({ queryKey: duplicateKeys.merges(entity), queryFn: () => fetchMerges(entity) });
}
