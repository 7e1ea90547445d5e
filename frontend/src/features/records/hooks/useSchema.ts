import { useQuery } from '@tanstack/react-query';
import { fetchSchema, type EntityDef } from '../api/recordsApi';
import { schemaKey } from '../types/listQuery';

/** The entities the user may read; `entity(name)` is undefined for one they may not. */
export function useSchema() {
  const query = useQuery({ queryKey: schemaKey, queryFn: fetchSchema, staleTime: 5 * 60_000 });
  const byName = new Map<string, EntityDef>((query.data ?? []).map((e) => [e.name, e]));
  return { ...query, entity: (name: string) => byName.get(name) };
}
