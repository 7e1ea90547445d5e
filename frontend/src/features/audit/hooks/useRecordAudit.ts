import { useQuery } from '@tanstack/react-query';
import { listAudit } from '../api/auditApi';
import { auditKeys } from '../types/auditKeys';
import { EMPTY_FILTERS, toAuditQuery } from '../types/auditFilters';

/** How many entries a record page shows. */
export const RECORD_AUDIT_LIMIT = 20;

/** The newest entries about one record (views included); refreshed by any record write. */
export function useRecordAudit(objectType: string, objectId: string, enabled: boolean) {
  return useQuery({
    queryKey: auditKeys.record(objectType, objectId),
    queryFn: async () => {
      const query = { ...toAuditQuery(EMPTY_FILTERS, 0), objectType, objectId, limit: RECORD_AUDIT_LIMIT };
      return (await listAudit(query)).rows;
    },
    enabled,
  });
}
