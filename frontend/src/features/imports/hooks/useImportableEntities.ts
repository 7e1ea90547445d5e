import { useQuery } from '@tanstack/react-query';
import { canDo } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import { fetchImportableEntities } from '../api/importsApi';
import { importKeys } from '../api/importKeys';
import { IMPORT_ENTITIES, type ImportMode, type ImportableEntity } from '../types/importTypes';
import { allowedModes } from '../types/matchKeys';

export type ImportTarget = ImportableEntity & { modes: ImportMode[] };

/**
 * The entities the caller may import into (read, and create or update
 * scope), in wizard order, each with the modes its scope allows. The
 * backend checks the scope again.
 */
export function useImportableEntities() {
  const session = useSession();
  const query = useQuery({ queryKey: importKeys.entities, queryFn: fetchImportableEntities, staleTime: 5 * 60_000 });
  const entities: ImportTarget[] = (query.data ?? [])
    .map((e) => ({ ...e, modes: allowedModes(canDo(session, e.name, 'create'), canDo(session, e.name, 'update')) }))
    .filter((e) => e.modes.length > 0)
    .sort((a, b) => IMPORT_ENTITIES.indexOf(a.name) - IMPORT_ENTITIES.indexOf(b.name));
  return { ...query, entities };
}
