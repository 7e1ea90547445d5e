import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { dashboardKeys } from '../api/dashboardKeys';
import { onRecordsChanged } from '../api/dashboardEvents';

/**
 * While mounted (the Dashboards page), refetches the widget data whenever
 * the backend reports record changes, without reloading anything else.
 * Returns when the last such refresh was asked for (null before any).
 */
export function useRecordsChangedRefresh(): Date | null {
  const client = useQueryClient();
  const [last, setLast] = useState<Date | null>(null);
  useEffect(
    () =>
      onRecordsChanged(() => {
        setLast(new Date());
        void client.invalidateQueries({ queryKey: dashboardKeys.dataAll });
      }),
    [client],
  );
  return last;
}
