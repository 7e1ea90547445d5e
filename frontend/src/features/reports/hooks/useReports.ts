import { useQuery } from '@tanstack/react-query';
import { fetchReports } from '../api/reportsApi';
import { reportKeys } from '../api/reportKeys';

/** Built-in and saved reports the viewer can see. */
export function useReports() {
  return useQuery({ queryKey: reportKeys.list, queryFn: fetchReports, staleTime: 30_000 });
}

/** One report of the list by id (undefined while loading or when it is not there). */
export function useReportInfo(id: string | undefined) {
  const list = useReports();
  const report = id ? list.data?.find((r) => r.id === id) : undefined;
  return { ...list, report };
}
