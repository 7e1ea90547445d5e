import type { EntityDef, FieldDef } from '../api/recordsApi';

/** "1,234 contacts", "1 contact", "2,000+ contacts". */
export function formatCount(total: number, capped: boolean, entity: Pick<EntityDef, 'label' | 'labelPlural'>): string {
  const noun = (total === 1 && !capped ? entity.label : entity.labelPlural).toLowerCase();
  return `${total.toLocaleString('en-US')}${capped ? '+' : ''} ${noun}`;
}

/** The sibling enum field that holds a money field's currency, if the entity has one. */
export function currencyFieldOf(fields: readonly FieldDef[]): FieldDef | undefined {
  return fields.find((f) => f.type === 'enum' && /currency/i.test(f.name));
}

/*
 * Formatters are cached: building an Intl formatter (which toLocaleString
 * with options does on every call) costs far more than formatting, and a
 * scrolling list formats a few hundred values a second. Results are cached
 * too (bounded), since the same dates and amounts come back as rows scroll
 * in and out.
 */
const DATE_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...DATE_OPTIONS, hour: '2-digit', minute: '2-digit' };
const CACHE_LIMIT = 5000;

/** A memo of f for string keys, emptied when it holds CACHE_LIMIT results. */
function memoized(f: (key: string) => string): ((key: string) => string) & { clear: () => void } {
  const results = new Map<string, string>();
  const get = (key: string) => {
    let out = results.get(key);
    if (out === undefined) {
      if (results.size >= CACHE_LIMIT) results.clear();
      out = f(key);
      results.set(key, out);
    }
    return out;
  };
  return Object.assign(get, { clear: () => results.clear() });
}

/** A lazily built formatter (the locale is read when first used, not at import). */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const dateFormat = lazy(() => new Intl.DateTimeFormat(undefined, DATE_OPTIONS));
const dateTimeFormat = lazy(() => new Intl.DateTimeFormat(undefined, DATE_TIME_OPTIONS));
const numberFormat = lazy(() => new Intl.NumberFormat());
const amountFormat = lazy(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }));
const currencyFormats = new Map<string, Intl.NumberFormat | null>();

/** The currency formatter for an ISO code; null when the runtime does not know it. */
function currencyFormat(currency: string): Intl.NumberFormat | null {
  let f = currencyFormats.get(currency);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 2 });
    } catch {
      f = null; // an unknown ISO code falls back to the plain amount
    }
    currencyFormats.set(currency, f);
  }
  return f;
}

export function formatMoney(amount: number, currency?: string): string {
  const f = currency && /^[A-Z]{3}$/.test(currency) ? currencyFormat(currency) : null;
  if (f) return f.format(amount);
  return `${amountFormat().format(amount)}${currency ? ` ${currency}` : ''}`;
}

/** A number as the user's locale writes it. */
export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

const formatDateCached = memoized((value) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const [y, m, d] = value.split('-').map(Number);
  return dateFormat().format(new Date(y, m - 1, d));
});

const formatDateTimeCached = memoized((value) => {
  const d = new Date(value);
  if (!value || Number.isNaN(d.getTime())) return value;
  return dateTimeFormat().format(d);
});

/** "YYYY-MM-DD" as a local date ("Mar 4, 2025"); anything else unchanged. */
export function formatDate(value: string): string {
  return formatDateCached(value);
}

/** An ISO date-time in local time ("Mar 4, 2025, 05:06 AM"); anything unparseable unchanged. */
export function formatDateTime(value: string): string {
  return formatDateTimeCached(value);
}

/** Forgets the cached date results (tests that change the time zone). */
export function clearFormatCache() {
  formatDateCached.clear();
  formatDateTimeCached.clear();
}

/** A plain-text rendering of any value, for timelines and tooltips. */
export function formatPlain(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The stage field of deals: the one named stage / stageId. */
export function stageFieldOf(entity: Pick<EntityDef, 'name' | 'fields'> | undefined): FieldDef | undefined {
  if (entity?.name !== 'deals') return undefined;
  return entity.fields.find((f) => /^stage(id)?$/i.test(f.name));
}

export const recordPath = (entity: string, id: string) => `/${entity}/${encodeURIComponent(id)}`;
