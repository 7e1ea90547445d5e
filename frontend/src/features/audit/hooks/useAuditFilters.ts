import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { auditKeys } from '../types/auditKeys';
import { EMPTY_FILTERS, SEQ_PARAM, filtersFromParams, filtersToParams, seqFromParams, toAuditQuery, type AuditFilters } from '../types/auditFilters';

/** History state of an entry opened from the list, so closing it can step Back instead of stacking history. */
const OPENED_HERE = { auditEntryOpened: true };
const openedHere = (state: unknown) => (state as typeof OPENED_HERE | null)?.auditEntryOpened === true;

/**
 * The viewer's filters and open entry, kept in the URL so links (from an
 * alert's evidence or a record page) open it pre-filtered. Relative ranges
 * ("last 7 days") count back from when they were chosen or refreshed, so the
 * query, and the pages already loaded, stay put while the person scrolls.
 * Filter changes replace the history entry; opening an entry adds one, so
 * Back closes it.
 */
export function useAuditFilters() {
  const client = useQueryClient();
  const location = useLocation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [anchor, setAnchor] = useState(() => Date.now());
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const query = useMemo(() => toAuditQuery(filters, anchor), [filters, anchor]);

  /** Changes some filters; with closeEntry the open entry closes in the same step (two steps would race). */
  const setFilters = useCallback(
    (patch: Partial<AuditFilters>, { closeEntry = false } = {}) => {
      if (patch.range) setAnchor(Date.now());
      setParams(
        (prev) => {
          const next = filtersToParams({ ...filtersFromParams(prev), ...patch }, prev);
          if (closeEntry) next.delete(SEQ_PARAM);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const clear = useCallback(() => setParams((prev) => filtersToParams(EMPTY_FILTERS, prev), { replace: true }), [setParams]);
  const refresh = useCallback(() => {
    setAnchor(Date.now());
    void client.invalidateQueries({ queryKey: auditKeys.lists });
    void client.invalidateQueries({ queryKey: auditKeys.status });
  }, [client]);
  const openEntry = useCallback(
    (seq: number) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set(SEQ_PARAM, String(seq));
          return next;
        },
        { state: OPENED_HERE },
      ),
    [setParams],
  );
  const closeEntry = useCallback(() => {
    if (openedHere(location.state)) {
      navigate(-1);
      return;
    }
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete(SEQ_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [location.state, navigate, setParams]);

  return { filters, query, setFilters, clear, refresh, seq: seqFromParams(params), openEntry, closeEntry };
}
