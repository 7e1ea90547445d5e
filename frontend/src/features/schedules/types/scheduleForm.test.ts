import { describe, expect, it } from 'vitest';
import { filePatternProblem, isAbsolutePath, previewFileName, scheduleFormSchema, scheduleFormValues, scheduleInput, toggledInput } from './scheduleForm';
import type { ReportSchedule } from './scheduleTypes';

const schedule: ReportSchedule = {
  id: 's1', reportId: 'r1', reportName: 'Pipeline', frequency: 'monthly', weekday: 0, dayOfMonth: -1, time: '18:00', timeZone: 'Europe/Berlin',
  folder: '/home/ana/Reports', filePattern: '{report} {date}', enabled: true, nextRunAt: '', createdAt: '', updatedAt: '',
};

describe('paths and file names', () => {
  it.each([
    ['/home/ana/Reports', true], ['C:\\Reports', true], ['d:/exports', true], ['\\\\server\\share\\x', true],
    ['Reports', false], ['./Reports', false], ['C:Reports', false], ['', false],
  ])('%s is absolute: %s', (path, want) => {
    expect(isAbsolutePath(path)).toBe(want);
  });

  it.each([
    ['{report} {date}', ''],
    ['weekly-{date}-{time}', ''],
    ['a/b', 'The file name cannot contain / \\ : * ? " < > | or control characters.'],
    ['x..y', 'The file name cannot contain "..".'],
    ['{reports}', 'Unknown placeholder {reports}: use {report}, {date} or {time}.'],
    ['{report', 'Braces are only for {report}, {date} and {time}.'],
    ['x'.repeat(121), 'Use at most 120 characters.'],
  ])('pattern %s', (pattern, want) => {
    expect(filePatternProblem(pattern)).toBe(want);
  });

  it('previews the file a run writes, in the schedule’s zone', () => {
    const at = new Date('2026-05-31T22:30:00Z'); // June 1st, 00:30 in Berlin
    expect(previewFileName('{report} {date} {time}', 'Pipeline', at, 'Europe/Berlin')).toBe('Pipeline 2026-06-01 0030.xlsx');
    expect(previewFileName('', 'Q2: won/lost', at, 'UTC')).toBe('Q2_ won_lost 2026-05-31.xlsx');
    expect(previewFileName('export.xlsx', 'x', at, 'UTC')).toBe('export.xlsx');
  });
});

describe('scheduleFormSchema', () => {
  const valid = { ...scheduleFormValues(undefined, 'r1'), folder: '/tmp/out', timeZone: 'UTC' };
  it('accepts a complete form', () => {
    expect(scheduleFormSchema.safeParse(valid).success).toBe(true);
  });
  it.each([
    ['no report', { reportId: null }, 'reportId'],
    ['a bad time', { time: '25:00' }, 'time'],
    ['an unknown zone', { timeZone: 'Nowhere/City' }, 'timeZone'],
    ['a relative folder', { folder: 'Reports' }, 'folder'],
    ['no folder', { folder: '  ' }, 'folder'],
    ['a bad pattern', { filePattern: '{x}' }, 'filePattern'],
    ['a monthly day out of range', { frequency: 'monthly', dayOfMonth: '29' }, 'dayOfMonth'],
  ])('refuses %s', (_name, change, path) => {
    const result = scheduleFormSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
  it('names the bad placeholder', () => {
    const result = scheduleFormSchema.safeParse({ ...valid, filePattern: '{when}' });
    expect(result.error?.issues[0]?.message).toBe('Unknown placeholder {when}: use {report}, {date} or {time}.');
  });
});

describe('scheduleInput', () => {
  it('zeroes what the frequency does not use, as the backend stores it', () => {
    const values = { ...scheduleFormValues(undefined, 'r1'), frequency: 'daily' as const, weekday: '3', dayOfMonth: '5', folder: ' /tmp ', filePattern: ' ' };
    expect(scheduleInput(values)).toEqual({
      id: undefined, reportId: 'r1', frequency: 'daily', weekday: 0, dayOfMonth: 0, time: '08:00', timeZone: values.timeZone, folder: '/tmp', filePattern: '{report} {date}', enabled: true,
    });
  });
  it('round-trips a stored schedule and toggles it', () => {
    expect(scheduleInput(scheduleFormValues(schedule), 's1')).toEqual({
      id: 's1', reportId: 'r1', frequency: 'monthly', weekday: 0, dayOfMonth: -1, time: '18:00', timeZone: 'Europe/Berlin', folder: '/home/ana/Reports', filePattern: '{report} {date}', enabled: true,
    });
    expect(toggledInput(schedule, false)).toMatchObject({ id: 's1', enabled: false, dayOfMonth: -1 });
  });
});
