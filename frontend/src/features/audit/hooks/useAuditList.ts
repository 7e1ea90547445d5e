import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { listAudit, type AuditQuery } from '../api/auditApi';
import { auditKeys } from '../types/auditKeys';
import { AUDIT_PAGE_SIZE, mergeAuditPages, nextBeforeSeq } from '../types/auditPaging';

/** Entries newest first, a page of 100 at a time by keyset (beforeSeq), loaded as the person scrolls. */
export function useAuditList(query: AuditQuery) {
  const result = useInfiniteQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ pageParam }) => listAudit({ ...query, beforeSeq: pageParam, limit: AUDIT_PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: nextBeforeSeq,
    placeholderData: keepPreviousData,
  });
  const merged = useMemo(() => mergeAuditPages(result.data?.pages), [result.data]);
  return { ...result, ...merged };
}
