import type { AuditQuery } from '../api/auditApi';
import { CATEGORIES, OUTCOMES } from './auditVocab';
import { isRangePreset, resolveRange, type RangePreset } from './timeRange';

/** What the viewer filters by, as held in the URL (so a link opens the viewer pre-filtered). */
export type AuditFilters = {
  range: RangePreset;
  from: string; // custom range only: YYYY-MM-DD or an RFC 3339 instant
  to: string;
  userId: string;
  category: string;
  action: string; // exact, or a prefix ending in "."
  objectType: string;
  objectId: string;
  outcome: string;
  text: string;
};

export const EMPTY_FILTERS: AuditFilters = {
  range: 'any', from: '', to: '', userId: '', category: '', action: '', objectType: '', objectId: '', outcome: '', text: '',
};

const TEXT_KEYS = ['userId', 'action', 'objectType', 'objectId', 'text'] as const;
/** The URL parameter that opens one entry's detail. */
export const SEQ_PARAM = 'seq';

/** Reads the filters from URL parameters; unknown categories, outcomes and ranges are ignored. */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const get = (key: string) => params.get(key)?.trim() ?? '';
  const from = get('from');
  const to = get('to');
  const range = get('range');
  const category = get('category');
  const outcome = get('outcome');
  const out: AuditFilters = {
    ...EMPTY_FILTERS,
    range: isRangePreset(range) ? range : from || to ? 'custom' : 'any',
    category: CATEGORIES.some((c) => c.value === category) ? category : '',
    outcome: OUTCOMES.some((o) => o.value === outcome) ? outcome : '',
  };
  if (out.range === 'custom') Object.assign(out, { from, to });
  for (const key of TEXT_KEYS) out[key] = get(key);
  return out;
}

/** Writes the filters into a copy of `base` (other parameters, e.g. seq, stay); empty values are left out. */
export function filtersToParams(filters: AuditFilters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  const values: Record<string, string> = {
    ...filters,
    range: filters.range === 'any' ? '' : filters.range,
    from: filters.range === 'custom' ? filters.from : '',
    to: filters.range === 'custom' ? filters.to : '',
  };
  for (const [key, value] of Object.entries(values)) {
    if (value.trim()) params.set(key, value.trim());
    else params.delete(key);
  }
  return params;
}

/** The entry ?seq=N asks to open; null when absent or not a positive whole number. */
export function seqFromParams(params: URLSearchParams): number | null {
  const raw = params.get(SEQ_PARAM) ?? '';
  const seq = /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(seq) && seq > 0 ? seq : null;
}

/** How many filters narrow the list (the time range counts once). */
export function countActiveFilters(filters: AuditFilters): number {
  const { range, from: _from, to: _to, ...rest } = filters;
  return (range === 'any' ? 0 : 1) + Object.values(rest).filter((v) => v.trim() !== '').length;
}

/** The backend query for the filters (first page); relative ranges count back from `now` (ms). */
export function toAuditQuery(filters: AuditFilters, now: number): AuditQuery {
  const { from, to } = resolveRange(filters.range, filters.from, filters.to, now);
  return {
    from, to,
    userId: filters.userId.trim(),
    category: filters.category,
    action: filters.action.trim(),
    objectType: filters.objectType.trim(),
    objectId: filters.objectId.trim(),
    outcome: filters.outcome,
    text: filters.text.trim(),
    beforeSeq: 0,
    limit: 0,
  };
}
