import { useQuery } from '@tanstack/react-query';
import { fetchTimeline, getRecord } from '../api/recordsApi';
import { recordKey, timelineKey } from '../types/listQuery';

/** One record; `enabled` false waits (e.g. until an id is known). */
export function useRecord(entity: string, id: string, enabled = true) {
  return useQuery({ queryKey: recordKey(entity, id), queryFn: () => getRecord(entity, id), retry: false, enabled });
}

/** Activities and audit entries, newest first. */
export function useTimeline(entity: string, id: string, enabled = true) {
  return useQuery({
    queryKey: timelineKey(entity, id),
    queryFn: async () => (await fetchTimeline(entity, id)).sort((a, b) => b.at.localeCompare(a.at)),
    enabled,
  });
}
