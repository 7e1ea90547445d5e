import { useQuery } from '@tanstack/react-query';
import { duplicateKeys } from '../api/duplicateKeys';
import { fetchEntityDefs, fetchLinked, fetchRecord } from '../api/recordsRead';
import type { EntityDef } from '../types/duplicateTypes';
import { countLinks, linkSources } from '../types/linkSources';

/** How many linked ids a count reads per query; past that it says "N+". */
const LINK_PAGE = 200;

export function useEntityDefs() {
  return useQuery({ queryKey: duplicateKeys.entityDefs, queryFn: fetchEntityDefs, staleTime: 5 * 60_000 });
}

export function useMergeRecord(entity: string, id: string) {
  return useQuery({ queryKey: duplicateKeys.record(entity, id), queryFn: () => fetchRecord(entity, id), retry: false });
}

/** Per readable entity, how many records link to the record (what a merge would move away from it). */
export function useLinkCounts(schema: readonly EntityDef[] | undefined, entity: string, id: string) {
  return useQuery({
    queryKey: duplicateKeys.links(entity, id),
    enabled: !!schema,
    retry: false,
    queryFn: () =>
      Promise.all(
        linkSources(schema ?? [], entity, id).map(async (source) =>
          countLinks(source, await Promise.all(source.queries.map((q) => fetchLinked(q, LINK_PAGE)))),
        ),
      ),
  });
}
