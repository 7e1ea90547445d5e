import { queryKeys } from '@/lib/queryKeys';
import type { AuditQuery } from '../api/auditApi';

/** TanStack Query keys of the audit feature; all dropped at sign-out with the rest of the cache. */
export const auditKeys = {
  all: ['audit'] as const,
  status: ['audit', 'status'] as const,
  /** Set once the viewer has started its automatic first verification this session. */
  autoVerified: ['audit', 'auto-verified'] as const,
  lists: ['audit', 'list'] as const,
  list: (query: AuditQuery) => ['audit', 'list', query] as const,
  entry: (seq: number) => ['audit', 'entry', seq] as const,
  publicKey: ['audit', 'public-key'] as const,
  /** Under the users key, so adding or renaming a user refreshes the user filter. */
  users: [...queryKeys.users, 'audit-filter'] as const,
  /** Under the records key, so any record write refreshes a record's "who viewed or changed this". */
  record: (objectType: string, objectId: string) => [...queryKeys.records, 'audit', objectType, objectId] as const,
};
