import { queryKeys } from '@/lib/queryKeys';
import type { ReportSpec } from '../types/reportTypes';

/**
 * Query keys of the reports feature. Results live under the records key, so
 * any record write re-runs the report on screen; all is dropped at sign-out.
 */
export const reportKeys = {
  all: ['reports'] as const,
  list: ['reports', 'list'] as const,
  catalog: ['reports', 'catalog'] as const,
  recordTypes: ['reports', 'record-types'] as const,
  owners: [...queryKeys.users, 'report-owners'] as const,
  results: [...queryKeys.records, 'report'] as const,
  run: (id: string) => [...queryKeys.records, 'report', 'run', id] as const,
  preview: (spec: ReportSpec) => [...queryKeys.records, 'report', 'preview', spec] as const,
  drill: (spec: ReportSpec, groupValues: readonly unknown[]) => [...queryKeys.records, 'report', 'drill', spec, groupValues] as const,
};
