import { useQuery } from '@tanstack/react-query';
import { auditStatus } from '../api/auditApi';
import { auditKeys } from '../types/auditKeys';

/** The log's size and last verification (cheap); a finished Verify writes its result here too. */
export function useAuditStatus() {
  return useQuery({ queryKey: auditKeys.status, queryFn: auditStatus, staleTime: 30_000 });
}
