/*
 * How widget values read, by result column kind (backend/report/query.go):
 * text, number, money, percent, date, datetime, bool.
 */

export const EMPTY_VALUE = '—';
export const EMPTY_GROUP = '(empty)';

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formats.get(key) as T | undefined;
  if (!f) {
    f = make();
    formats.set(key, f);
  }
  return f;
}
const numberFmt = (digits: number, locale?: string) =>
  cached(`n${digits}:${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }));
const moneyFmt = (locale?: string) =>
  cached(`m:${locale}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const compactFmt = (locale?: string) =>
  cached(`c:${locale}`, () => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }));
const dateFmt = (locale?: string) =>
  cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }));
const dateTimeFmt = (locale?: string) =>
  cached(`dt:${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }));
const monthFmt = (locale?: string) => cached(`mo:${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }));

/** A number, or null for anything else (numeric strings included). */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** One value of a column of `kind` as text; empty values read "—". Money has two decimals and no currency. */
export function formatValue(value: unknown, kind: string, locale?: string): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : EMPTY_VALUE;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const n = toNumber(value);
  switch (kind) {
    case 'number':
      return n === null ? String(value) : numberFmt(2, locale).format(n);
    case 'money':
      return n === null ? String(value) : moneyFmt(locale).format(n);
    case 'percent':
      return n === null ? String(value) : `${numberFmt(1, locale).format(n)}%`;
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
      return m ? dateFmt(locale).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) : String(value);
    }
    case 'datetime': {
      const d = new Date(String(value));
      return Number.isNaN(d.getTime()) ? String(value) : dateTimeFmt(locale).format(d);
    }
  }
  return String(value);
}

/** A short value for an axis or a KPI tile: "1.2K", "3.4M"; percents keep their sign. */
export function formatCompact(value: number, kind: string, locale?: string): string {
  const text = Math.abs(value) >= 10_000 ? compactFmt(locale).format(value) : numberFmt(kind === 'money' ? 0 : 1, locale).format(value);
  return kind === 'percent' ? `${text}%` : text;
}

/**
 * A group key as a label: "(empty)" for the empty group, date buckets
 * readable ("Mar 2026", "Q4 2026", "Week 48, 2026"), days as dates.
 * Bucket labels are recognised by their shape (the result does not say the bucket).
 */
export function formatGroupKey(value: unknown, kind: string, locale?: string): string {
  if (value === null || value === undefined || value === '') return EMPTY_GROUP;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const text = String(value);
  let m = /^(\d{4})-W(\d{2})$/.exec(text);
  if (m) return `Week ${Number(m[2])}, ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return monthFmt(locale).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
  if (kind === 'date' || kind === 'datetime' || /^\d{4}-\d{2}-\d{2}$/.test(text)) return formatValue(text, 'date', locale);
  return text;
}

/** Whether a column's values are numbers (right-aligned, charted). */
export function isNumericKind(kind: string): boolean {
  return kind === 'number' || kind === 'money' || kind === 'percent';
}

/** "1 record", "1,234 records". */
export function formatCount(n: number, noun = 'record', locale = 'en-US'): string {
  return `${n.toLocaleString(locale)} ${noun}${n === 1 ? '' : 's'}`;
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
  return `${change > 0 ? '+' : '−'}${numberFmt(1, locale).format(Math.abs(change))}%`;
}

/** The record page of a row (record routes are /<entity>/<id>). */
export function recordPath(entity: string, id: string): string {
  return `/${entity}/${encodeURIComponent(id)}`;
}

/** A safe file name stem: "Sales dashboard" → "Sales dashboard", reserved characters → "_". */
export function fileStem(name: string): string {
  const stem = [...name]
    .map((ch) => ((ch.codePointAt(0) ?? 0) < 0x20 || /[/\\:*?"<>|]/.test(ch) ? '_' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return stem || 'dashboard';
}
