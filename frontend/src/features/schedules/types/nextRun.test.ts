import { describe, expect, it } from 'vitest';
import { describeRecurrence, formatRunTime, formatShortRunTime, isKnownZone, nextRunPreview, nextRuns, parseClock, relativeTime, wallTimeToInstant, zoneOffset } from './nextRun';

const iso = (d: Date[]) => d.map((x) => x.toISOString());
const base = { weekday: 0, dayOfMonth: 0, timeZone: 'Europe/Berlin' };

describe('nextRuns follows the backend recurrence', () => {
  it('daily at 09:00 Berlin, the same day when still ahead', () => {
    const r = { ...base, frequency: 'daily', time: '09:00' };
    expect(iso(nextRuns(r, new Date('2026-05-12T06:00:00Z'), 2))).toEqual(['2026-05-12T07:00:00.000Z', '2026-05-13T07:00:00.000Z']);
    expect(iso(nextRuns(r, new Date('2026-05-12T07:00:00Z')))).toEqual(['2026-05-13T07:00:00.000Z']); // strictly after
  });

  it('weekly on Monday', () => {
    const r = { ...base, frequency: 'weekly', weekday: 1, time: '08:30' };
    // 2026-05-13 is a Wednesday
    expect(iso(nextRuns(r, new Date('2026-05-13T12:00:00Z')))).toEqual(['2026-05-18T06:30:00.000Z']);
  });

  it('monthly on a day, and on the last day (February, leap years)', () => {
    expect(iso(nextRuns({ ...base, frequency: 'monthly', dayOfMonth: 15, time: '18:00', timeZone: 'UTC' }, new Date('2026-05-20T00:00:00Z')))).toEqual(['2026-06-15T18:00:00.000Z']);
    const last = { ...base, frequency: 'monthly', dayOfMonth: -1, time: '18:00', timeZone: 'UTC' };
    expect(iso(nextRuns(last, new Date('2026-02-01T00:00:00Z'), 2))).toEqual(['2026-02-28T18:00:00.000Z', '2026-03-31T18:00:00.000Z']);
    expect(iso(nextRuns(last, new Date('2028-02-01T00:00:00Z')))).toEqual(['2028-02-29T18:00:00.000Z']);
  });

  it('keeps the wall time across daylight saving (New York, spring forward and fall back)', () => {
    const r = { ...base, frequency: 'daily', time: '09:00', timeZone: 'America/New_York' };
    expect(iso(nextRuns(r, new Date('2026-03-07T15:00:00Z'), 2))).toEqual(['2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z']);
  });

  it('moves a skipped wall time forward and runs a repeated one once, at its first occurrence', () => {
    // 2026-03-08 02:30 does not exist in New York: it runs at 03:30 EDT (07:30Z).
    expect(wallTimeToInstant(2026, 3, 8, 2, 30, 'America/New_York')).toBe(Date.parse('2026-03-08T07:30:00Z'));
    // 2026-11-01 01:30 happens twice: the first (EDT, 05:30Z).
    expect(wallTimeToInstant(2026, 11, 1, 1, 30, 'America/New_York')).toBe(Date.parse('2026-11-01T05:30:00Z'));
    expect(zoneOffset(Date.parse('2026-07-01T00:00:00Z'), 'Europe/Berlin')).toBe(2 * 3_600_000);
  });

  it('has no run for a bad time or zone', () => {
    expect(nextRuns({ ...base, frequency: 'daily', time: '24:00' }, new Date())).toEqual([]);
    expect(nextRuns({ ...base, frequency: 'daily', time: '09:00', timeZone: 'Mars/Olympus' }, new Date())).toEqual([]);
    expect(nextRuns({ ...base, frequency: 'weekly', weekday: 9, time: '09:00' }, new Date())).toEqual([]);
  });
});

describe('preview text', () => {
  it.each([
    [{ frequency: 'daily', weekday: 0, dayOfMonth: 0 }, 'Every day at 09:00'],
    [{ frequency: 'weekly', weekday: 7, dayOfMonth: 0 }, 'Every Sunday at 09:00'],
    [{ frequency: 'monthly', weekday: 0, dayOfMonth: 1 }, 'Every month on the 1st at 09:00'],
    [{ frequency: 'monthly', weekday: 0, dayOfMonth: 22 }, 'Every month on the 22nd at 09:00'],
    [{ frequency: 'monthly', weekday: 0, dayOfMonth: 13 }, 'Every month on the 13th at 09:00'],
    [{ frequency: 'monthly', weekday: 0, dayOfMonth: -1 }, 'Every month on the last day at 09:00'],
  ])('%j', (r, want) => {
    expect(describeRecurrence({ ...r, time: '09:00', timeZone: 'UTC' }, 'UTC')).toBe(want);
  });

  it('names the zone when it is not the viewer’s', () => {
    expect(describeRecurrence({ frequency: 'daily', weekday: 0, dayOfMonth: 0, time: '09:00', timeZone: 'Asia/Tokyo' }, 'UTC')).toBe('Every day at 09:00 (Asia/Tokyo time)');
  });

  it('says when the next run is, in the viewer’s and the schedule’s time', () => {
    const r = { frequency: 'weekly', weekday: 1, dayOfMonth: 0, time: '09:00', timeZone: 'Europe/Berlin' };
    const now = new Date('2026-05-13T12:00:00Z');
    expect(nextRunPreview(r, true, now, 'Europe/Berlin')).toBe('Every Monday at 09:00 · next on Mon, May 18, 2026, 09:00');
    expect(nextRunPreview(r, true, now, 'UTC')).toBe('Every Monday at 09:00 (Europe/Berlin time) · next on Mon, May 18, 2026, 07:00 (Mon, May 18, 2026, 09:00 Europe/Berlin)');
    expect(nextRunPreview(r, false, now, 'Europe/Berlin')).toBe('Every Monday at 09:00 · paused: it will not run until you turn it on');
    expect(nextRunPreview({ ...r, time: '9' }, true, now, 'UTC')).toBe('');
  });

  it('formats times and distances', () => {
    expect(formatRunTime(new Date('2026-05-18T07:00:00Z'), 'UTC')).toBe('Mon, May 18, 2026, 07:00');
    const local = new Date(2026, 4, 18, 7, 0);
    expect(formatShortRunTime(local, new Date(2026, 0, 1))).toBe('Mon, May 18, 07:00');
    expect(formatShortRunTime(local, new Date(2025, 11, 31))).toBe('Mon, May 18, 2026, 07:00');
    const now = new Date('2026-05-18T07:00:00Z');
    expect(relativeTime(new Date('2026-05-18T10:00:00Z'), now)).toBe('in 3 hours');
    expect(relativeTime(new Date('2026-05-20T07:00:00Z'), now)).toBe('in 2 days');
    expect(relativeTime(new Date('2026-05-18T06:55:00Z'), now)).toBe('5 minutes ago');
  });

  it('parses clocks and zones', () => {
    expect(parseClock('07:05')).toEqual({ hour: 7, minute: 5 });
    expect(parseClock('7:05')).toBeNull();
    expect(isKnownZone('Europe/Berlin')).toBe(true);
    expect(isKnownZone('Local')).toBe(false);
    expect(isKnownZone('')).toBe(false);
  });
});
