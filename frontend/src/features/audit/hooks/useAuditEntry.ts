import { useQuery } from '@tanstack/react-query';
import { getAuditEntry } from '../api/auditApi';
import { auditKeys } from '../types/auditKeys';

/** One entry in full while `seq` is set; entries never change, so it is read once. */
export function useAuditEntry(seq: number | null) {
  return useQuery({
    queryKey: auditKeys.entry(seq ?? 0),
    queryFn: () => getAuditEntry(seq ?? 0),
    enabled: seq !== null,
    staleTime: Infinity,
  });
}
