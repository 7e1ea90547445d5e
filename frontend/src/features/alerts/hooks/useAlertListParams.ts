import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { AlertFilter } from '../api/alertsApi';

/** Rows per page of the alert list. */
export const ALERTS_PAGE_SIZE = 25;

type ListParams = { status: string; severity: string; rule: string; page: number; alert: string | null };

/**
 * The alert list's filters, page and open drawer live in the URL
 * (?status=&severity=&rule=&page=&alert=), so "back" from the audit viewer
 * returns to the same view with the same alert open.
 */
export function useAlertListParams() {
  const [params, setParams] = useSearchParams();
  const current: ListParams = {
    status: params.get('status') ?? '',
    severity: params.get('severity') ?? '',
    rule: params.get('rule') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
    alert: params.get('alert'),
  };
  const filter: AlertFilter = {
    status: current.status,
    severity: current.severity,
    ruleId: current.rule,
    offset: (current.page - 1) * ALERTS_PAGE_SIZE,
    limit: ALERTS_PAGE_SIZE,
  };

  const update = useCallback(
    (changes: Partial<Record<keyof ListParams, string | number | null>>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '' || (key === 'page' && value === 1)) next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      }),
    [setParams],
  );

  return { ...current, filter, update };
}
