import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditArchivePreview } from '../api/archiveApi';
import { archiveKeys } from '../types/archiveKeys';

/** What an archive of the entries before `before` would take (counts only; nothing is read out). */
export function useArchivePreview(before: string, enabled: boolean) {
  return useQuery({
    queryKey: archiveKeys.preview(before),
    queryFn: () => auditArchivePreview(before),
    enabled: enabled && /^\d{4}-\d{2}-\d{2}$/.test(before),
    placeholderData: keepPreviousData,
  });
}
