import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { drillDown, runReport, runSpec } from '../api/reportsApi';
import { reportKeys } from '../api/reportKeys';
import type { ReportSpec } from '../types/reportTypes';

/** Runs a built-in or saved report (audited on every run). */
export function useRunReport(id: string | undefined, enabled = true) {
  return useQuery({ queryKey: reportKeys.run(id ?? ''), queryFn: () => runReport(id!), enabled: !!id && enabled });
}

/** Runs an unsaved spec; null pauses it. The previous result stays on screen while the next one runs. */
export function usePreview(spec: ReportSpec | null) {
  return useQuery({
    queryKey: reportKeys.preview(spec ?? { entity: '' }),
    queryFn: () => runSpec(spec!),
    enabled: spec !== null,
    placeholderData: keepPreviousData,
  });
}

/** The records behind one group cell; null group values = closed. */
export function useDrillDown(spec: ReportSpec, groupValues: readonly unknown[] | null) {
  return useQuery({
    queryKey: reportKeys.drill(spec, groupValues ?? []),
    queryFn: () => drillDown(spec, groupValues ?? []),
    enabled: groupValues !== null,
  });
}
