import { z } from 'zod';
import { RUN_KINDS, RUN_OUTCOMES, type RunFilterRequest } from './integrationTypes';

/** How many runs one page of the log holds (the backend allows 1..1000). */
export const RUN_LIMIT = 200;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The log's filters as they live in the URL; anything unknown reads as "any". */
export const runFiltersSchema = z.object({
  kind: z.enum(RUN_KINDS).or(z.literal('')).catch(''),
  outcome: z.enum(RUN_OUTCOMES).or(z.literal('')).catch(''),
  from: day.or(z.literal('')).catch(''),
  to: day.or(z.literal('')).catch(''),
  text: z.string().max(200).catch(''),
});

export type RunFilters = z.infer<typeof runFiltersSchema>;

export const EMPTY_RUN_FILTERS: RunFilters = { kind: '', outcome: '', from: '', to: '', text: '' };
const KEYS = Object.keys(EMPTY_RUN_FILTERS) as (keyof RunFilters)[];

/** The filters in URL search params. */
export function filtersFromParams(params: URLSearchParams): RunFilters {
  return runFiltersSchema.parse(Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])));
}

/** `prev` with the filters written in (empty ones removed), other params kept. */
export function filtersToParams(filters: RunFilters, prev: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const k of KEYS) {
    if (filters[k]) next.set(k, filters[k]);
    else next.delete(k);
  }
  return next;
}

/** How many filters narrow the list. */
export function countActiveFilters(filters: RunFilters): number {
  return KEYS.filter((k) => filters[k].trim() !== '').length;
}

/** Why the date range cannot be used ("" when it can). */
export function dateRangeProblem(filters: Pick<RunFilters, 'from' | 'to'>): string {
  return filters.from && filters.to && filters.from > filters.to ? 'The end is before the start.' : '';
}

/** The List request: trimmed search, inclusive dates (dropped while the range is reversed). */
export function toRunFilter(filters: RunFilters, limit = RUN_LIMIT): RunFilterRequest {
  const reversed = dateRangeProblem(filters) !== '';
  return {
    kind: filters.kind,
    outcome: filters.outcome,
    from: reversed ? '' : filters.from,
    to: reversed ? '' : filters.to,
    text: filters.text.trim(),
    limit,
  };
}
