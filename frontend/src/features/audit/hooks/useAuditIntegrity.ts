import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queryKeys';
import { verifyAudit } from '../api/auditApi';

/** Verified once when the section opens; "Verify now" refetches. */
export function useAuditIntegrity() {
  return useQuery({ queryKey: queryKeys.auditIntegrity, queryFn: verifyAudit, staleTime: Infinity });
}
