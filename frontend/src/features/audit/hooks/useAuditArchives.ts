import { useQuery } from '@tanstack/react-query';
import { auditArchives } from '../api/archiveApi';
import { archiveKeys } from '../types/archiveKeys';

/** The archives taken from the log so far, newest first. */
export function useAuditArchives() {
  return useQuery({ queryKey: archiveKeys.archives, queryFn: auditArchives, staleTime: 30_000 });
}
