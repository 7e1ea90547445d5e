import { useQuery } from '@tanstack/react-query';
import { auditRetention } from '../api/archiveApi';
import { archiveKeys } from '../types/archiveKeys';

/** The retention policy, its cutoff and how many live entries are past it. */
export function useAuditRetention() {
  return useQuery({ queryKey: archiveKeys.retention, queryFn: auditRetention, staleTime: 30_000 });
}
