/*
 * How report values read, by result column kind (backend/report/query.go):
 * text, number, money, percent, date, datetime, bool. Formatters are built
 * once per locale: a report table formats thousands of cells.
 */

export const EMPTY_VALUE = '—';
/** The label of the group of records whose value is empty (a null group key). */
export const EMPTY_GROUP = '(empty)';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}
const numberFmt = (locale?: string, digits = 2) =>
  cached(`n:${locale}:${digits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }));
const moneyFmt = (locale?: string) =>
  cached(`m:${locale}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const compactFmt = (locale?: string) =>
  cached(`c:${locale}`, () => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }));
const dateFmt = (locale?: string) =>
  cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }));
const dateTimeFmt = (locale?: string) =>
  cached(`dt:${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }));
const monthFmt = (locale?: string) => cached(`mo:${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short' }));

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

function localDate(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** A money amount: always two decimals, no currency (a report may add up several). */
export function formatMoney(value: number, locale?: string): string {
  return moneyFmt(locale).format(value);
}

/** A percent value 0–100 as "42.5%" (one decimal at most). */
export function formatPercent(value: number, locale?: string): string {
  return `${numberFmt(locale, 1).format(value)}%`;
}

/** One value of a column of `kind`, as text; empty values read "—". */
export function formatValue(value: unknown, kind: string, locale?: string): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : EMPTY_VALUE;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  switch (kind) {
    case 'number': {
      const n = toNumber(value);
      return n === null ? String(value) : numberFmt(locale).format(n);
    }
    case 'money': {
      const n = toNumber(value);
      return n === null ? String(value) : formatMoney(n, locale);
    }
    case 'percent': {
      const n = toNumber(value);
      return n === null ? String(value) : formatPercent(n, locale);
    }
    case 'date': {
      const d = typeof value === 'string' ? localDate(value) : null;
      return d ? dateFmt(locale).format(d) : String(value);
    }
    case 'datetime': {
      const d = typeof value === 'string' ? new Date(value) : null;
      return d && !Number.isNaN(d.getTime()) ? dateTimeFmt(locale).format(d) : String(value);
    }
    case 'bool':
      return value === 1 || value === 'true' ? 'Yes' : value === 0 || value === 'false' ? 'No' : String(value);
  }
  return String(value);
}

/** A short axis label: "1.2K", "3.4M"; percents keep their sign. */
export function formatAxisValue(value: number, kind: string, locale?: string): string {
  const text = Math.abs(value) >= 1000 ? compactFmt(locale).format(value) : numberFmt(locale, 1).format(value);
  return kind === 'percent' ? `${text}%` : text;
}

/**
 * A group key as a row or axis label: "(empty)" for the empty group, date
 * buckets readable ("Mar 2026", "Q4 2026", "Week 48, 2026"), days as dates,
 * yes/no for bools.
 */
export function formatGroupKey(value: unknown, kind: string, bucket?: string, locale?: string): string {
  if (value === null || value === undefined || value === '') return EMPTY_GROUP;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const text = String(value);
  let m: RegExpExecArray | null;
  switch (bucket) {
    case 'week':
      m = /^(\d{4})-W(\d{2})$/.exec(text);
      return m ? `Week ${Number(m[2])}, ${m[1]}` : text;
    case 'month':
      m = /^(\d{4})-(\d{2})$/.exec(text);
      return m ? monthFmt(locale).format(new Date(Number(m[1]), Number(m[2]) - 1, 1)) : text;
    case 'quarter':
      m = /^(\d{4})-Q([1-4])$/.exec(text);
      return m ? `Q${m[2]} ${m[1]}` : text;
    case 'year':
      return text;
  }
  return kind === 'date' || bucket === 'day' ? formatValue(text, 'date', locale) : text;
}

/** Change from previous to current in percent; null when either is missing or previous is 0. */
export function changePercent(current: unknown, previous: unknown): number | null {
  const c = toNumber(current);
  const p = toNumber(previous);
  if (c === null || p === null || p === 0) return null;
  return ((c - p) / Math.abs(p)) * 100;
}

/** "+12.5%", "−3%", "±0%". */
export function formatChange(change: number, locale?: string): string {
  if (change === 0) return '±0%';
  const text = numberFmt(locale, 1).format(Math.abs(change));
  return `${change > 0 ? '+' : '−'}${text}%`;
}

/** Whether a column's values are numbers (right-aligned). */
export function isNumericKind(kind: string): boolean {
  return kind === 'number' || kind === 'money' || kind === 'percent';
}

/** "1 record", "1,234 records". */
export function formatRecordCount(n: number, noun = 'record', locale = 'en-US'): string {
  return `${n.toLocaleString(locale)} ${noun}${n === 1 ? '' : 's'}`;
}

/** "1,200 of 5,000 rows (24%)", or "1,200 rows…" while the total is unknown. */
export function formatJobProgress({ done, total, percent }: { done: number; total: number; percent: number | null }): string {
  if (percent === null) return done > 0 ? `${done.toLocaleString('en-US')} rows…` : 'Preparing…';
  return `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows (${percent}%)`;
}

