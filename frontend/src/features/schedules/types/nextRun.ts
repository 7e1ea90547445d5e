import type { Frequency } from './scheduleTypes';
import { LAST_DAY } from './scheduleTypes';

/*
 * When a schedule runs, computed in the window for the form's preview with
 * the backend's rules (model/schedule_time.go Recurrence.Next): at HH:MM on
 * the wall clock of the schedule's zone, every day, every week on an ISO
 * weekday (1 Monday … 7 Sunday) or every month on a day (1..28 or the last).
 * A wall time skipped by a daylight-saving jump runs at the instant it would
 * have had before the change (02:30 → 03:30); one that occurs twice runs once,
 * at the first occurrence. The backend's next run is authoritative once saved.
 */

export type Recurrence = { frequency: Frequency | string; weekday: number; dayOfMonth: number; time: string; timeZone: string };

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const CLOCK = /^([01][0-9]|2[0-3]):([0-5][0-9])$/;

/** Hours and minutes of "HH:MM" (00:00..23:59), else null. */
export function parseClock(text: string): { hour: number; minute: number } | null {
  const m = CLOCK.exec(text.trim());
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

/** Whether an IANA zone name is known to this browser ("Local" and "" are not names). */
export function isKnownZone(zone: string): boolean {
  if (!zone || zone === 'Local') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The browser's IANA zone (what a new schedule is saved with). */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(zone: string): Intl.DateTimeFormat {
  let f = partsFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    partsFormats.set(zone, f);
  }
  return f;
}

/** The wall clock of an instant in a zone. */
function wallClock(ms: number, zone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts = Object.fromEntries(partsFormat(zone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), mo: Number(parts.month), d: Number(parts.day), h: Number(parts.hour) % 24, mi: Number(parts.minute), s: Number(parts.second) };
}

/** The zone's offset from UTC at an instant, in milliseconds (whole seconds). */
export function zoneOffset(ms: number, zone: string): number {
  const w = wallClock(ms, zone);
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant of a wall-clock time in a zone, by the rules above (gaps move forward, overlaps take the first). */
export function wallTimeToInstant(y: number, mo: number, d: number, h: number, mi: number, zone: string): number {
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const day = 26 * 3_600_000;
  const before = zoneOffset(naive - day, zone);
  let best: number | null = null;
  for (const o of [before, zoneOffset(naive + day, zone), zoneOffset(naive, zone)]) {
    const at = naive - o;
    if (zoneOffset(at, zone) === o && (best === null || at < best)) best = at;
  }
  return best ?? naive - before;
}

/** Whether a calendar day (UTC midnight) is a firing day. */
function matches(r: Recurrence, day: Date): boolean {
  switch (r.frequency) {
    case 'daily':
      return true;
    case 'weekly':
      return (day.getUTCDay() || 7) === r.weekday;
    case 'monthly':
      if (r.dayOfMonth === LAST_DAY) return new Date(day.getTime() + 86_400_000).getUTCDate() === 1;
      return day.getUTCDate() === r.dayOfMonth;
  }
  return false;
}

/** The first `count` firings strictly after `after`; [] for an invalid recurrence (bad time, zone or day). */
export function nextRuns(r: Recurrence, after: Date, count = 1): Date[] {
  const clock = parseClock(r.time);
  if (!clock || !isKnownZone(r.timeZone)) return [];
  const out: Date[] = [];
  let from = after.getTime();
  while (out.length < count) {
    const next = nextAfter(r, clock, from);
    if (next === null) break;
    out.push(new Date(next));
    from = next;
  }
  return out;
}

function nextAfter(r: Recurrence, clock: { hour: number; minute: number }, after: number): number | null {
  const today = wallClock(after, r.timeZone);
  // From the day before: a firing of that day may still lie after `after` once resolved.
  for (let i = -1; i <= 400; i += 1) {
    const day = new Date(Date.UTC(today.y, today.mo - 1, today.d + i));
    if (!matches(r, day)) continue;
    const at = wallTimeToInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), clock.hour, clock.minute, r.timeZone);
    if (at > after) return at;
  }
  return null;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * "Every day at 09:00", "Every Monday at 09:00", "Every month on the 15th at
 * 18:00", "Every month on the last day at 18:00"; the zone is added when it
 * is not `viewerZone` ("… (Europe/Berlin time)").
 */
export function describeRecurrence(r: Recurrence, viewerZone = browserZone()): string {
  let text: string;
  switch (r.frequency) {
    case 'daily':
      text = `Every day at ${r.time}`;
      break;
    case 'weekly':
      text = `Every ${WEEKDAYS[r.weekday - 1] ?? 'week'} at ${r.time}`;
      break;
    case 'monthly':
      text = r.dayOfMonth === LAST_DAY ? `Every month on the last day at ${r.time}` : `Every month on the ${ordinal(r.dayOfMonth)} at ${r.time}`;
      break;
    default:
      text = `At ${r.time}`;
  }
  return r.timeZone && r.timeZone !== viewerZone ? `${text} (${r.timeZone} time)` : text;
}

/** An instant as "Mon, May 12, 2026, 09:00" in `zone` (the viewer's by default). */
export function formatRunTime(at: Date, zone?: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? 'en-US', {
    timeZone: zone, weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(at);
}

/** "Fri, Dec 4, 17:30" in the viewer's zone; the year only when it is not this year's. */
export function formatShortRunTime(at: Date, now: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale ?? 'en-US', {
    weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    ...(at.getFullYear() !== now.getFullYear() ? { year: 'numeric' } : {}),
  }).format(at);
}

/** "in 3 hours", "in 2 days", "5 minutes ago". */
export function relativeTime(at: Date, now: Date, locale = 'en-US'): string {
  const diff = at.getTime() - now.getTime();
  const abs = Math.abs(diff);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000]];
  for (const [unit, ms] of units) if (abs >= ms) return rtf.format(Math.round(diff / ms), unit);
  return diff >= 0 ? 'in less than a minute' : 'just now';
}

/**
 * The preview under the schedule form: "Every Monday at 09:00 · next on
 * Mon, May 18, 2026, 09:00"; a note when the schedule is off; "" when the
 * recurrence is not valid yet.
 */
export function nextRunPreview(r: Recurrence, enabled: boolean, now: Date, viewerZone = browserZone()): string {
  const [next] = nextRuns(r, now, 1);
  if (!next) return '';
  const when = describeRecurrence(r, viewerZone);
  if (!enabled) return `${when} · paused: it will not run until you turn it on`;
  const local = formatRunTime(next, viewerZone);
  const there = r.timeZone !== viewerZone ? ` (${formatRunTime(next, r.timeZone)} ${r.timeZone})` : '';
  return `${when} · next on ${local}${there}`;
}
