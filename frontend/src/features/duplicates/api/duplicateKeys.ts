import { queryKeys } from '@/lib/queryKeys';

/**
 * Query keys of the duplicates feature. What reads records (the merge pair,
 * the merge preview, the form's check) lives under the records key, so any record
 * write refreshes it; all is dropped at sign-out.
 */
export const duplicateKeys = {
  all: ['duplicates'] as const,
  rules: (entity: string) => ['duplicates', 'rules', entity] as const,
  merges: (entity: string) => ['duplicates', 'merges', entity] as const,
  /** The last scan's result per entity (set by the scan, never fetched). */
  scan: (entity: string) => ['duplicates', 'scan', entity] as const,
  entityDefs: [...queryKeys.records, 'duplicates', 'schema'] as const,
  record: (entity: string, id: string) => [...queryKeys.records, 'duplicates', 'one', entity, id] as const,
  preview: (entity: string, survivor: string, other: string) => [...queryKeys.records, 'duplicates', 'preview', entity, survivor, other] as const,
  checks: [...queryKeys.records, 'duplicates', 'check'] as const,
  check: (entity: string, recordId: string, values: string) => [...queryKeys.records, 'duplicates', 'check', entity, recordId, values] as const,
};
