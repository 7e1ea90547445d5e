import { canDo, hasPermission, PERMS } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import { DEDUP_ENTITIES, type DedupEntity } from '../types/duplicateTypes';

/** What the window offers on duplicates; the backend enforces all of it. */
export function useDuplicatePermissions() {
  const session = useSession();
  const canManageRules = hasPermission(session, PERMS.settingsManage);
  // finding and merging duplicates is part of data.import
  const canImport = hasPermission(session, PERMS.dataImport);
  return {
    /** Entity tabs, in order: those the user may read (all for a rules manager). */
    entities: DEDUP_ENTITIES.filter((entity) => canManageRules || canDo(session, entity, 'read')),
    /** Finding duplicates needs data.import and update scope (it is for merging them). */
    canScan: (entity: DedupEntity) => canImport && canDo(session, entity, 'update'),
    /** Merging (and undoing a merge) needs data.import and update and delete scope. */
    canMerge: (entity: DedupEntity) => canImport && canDo(session, entity, 'update') && canDo(session, entity, 'delete'),
    canManageRules,
  };
}
