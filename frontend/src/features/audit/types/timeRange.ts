/** The time filter of the audit viewer: a preset relative to now, or a custom from/to. */
export type RangePreset = 'any' | '24h' | '7d' | '30d' | 'custom';

/** Choices of the time filter, in menu order. */
export const RANGE_OPTIONS: ReadonlyArray<{ value: RangePreset; label: string }> = [
  { value: 'any', label: 'Any time' },
  { value: '24h', label: 'Last 24 hours' },
  { value: '7d', label: 'Last 7 days' },
  { value: '30d', label: 'Last 30 days' },
  { value: 'custom', label: 'Custom range' },
];

const PRESET_HOURS: Partial<Record<RangePreset, number>> = { '24h': 24, '7d': 7 * 24, '30d': 30 * 24 };
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a URL value names a preset. */
export function isRangePreset(value: unknown): value is RangePreset {
  return typeof value === 'string' && RANGE_OPTIONS.some((o) => o.value === value);
}

/**
 * A from/to bound as sent to the backend (RFC 3339, UTC). A day (YYYY-MM-DD,
 * what the date inputs and short links hold) means the start of that local
 * day, or with `nextDay` the start of the following one, so "to 1 May"
 * includes all of 1 May (the backend's to is exclusive). A full timestamp
 * (e.g. from an alert's link) is kept as that instant. "" for empty or
 * unreadable input, which then does not filter.
 */
export function toInstant(value: string, nextDay = false): string {
  const text = value.trim();
  if (!text) return '';
  const day = DAY_ONLY.exec(text);
  if (day) {
    const date = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]) + (nextDay ? 1 : 0));
    return Number.isNaN(date.getTime()) ? '' : date.toISOString();
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** The query's from/to for a range; presets count back from `now` (ms), "any" is unbounded. */
export function resolveRange(range: RangePreset, from: string, to: string, now: number): { from: string; to: string } {
  if (range === 'custom') return { from: toInstant(from), to: toInstant(to, true) };
  const hours = PRESET_HOURS[range];
  if (!hours) return { from: '', to: '' };
  return { from: new Date(now - hours * 3_600_000).toISOString(), to: '' };
}

/** The local day (YYYY-MM-DD) a from/to value falls on, for a date input; "" when unreadable. */
export function dayOf(value: string): string {
  const text = value.trim();
  if (!text || DAY_ONLY.test(text)) return text;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
