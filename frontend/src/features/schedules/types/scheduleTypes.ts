/*
 * Plain shapes of the schedule API (backend/model/schedule.go). Times are
 * RFC 3339 UTC strings; "" when unset.
 */

export type Frequency = 'daily' | 'weekly' | 'monthly';
export type RunStatus = 'running' | 'ok' | 'failed' | 'skipped';

export type ScheduleRun = {
  id: string;
  scheduleId: string;
  reportId: string;
  dueAt: string;
  startedAt: string;
  finishedAt: string;
  status: string;
  rows: number;
  file: string;
  error: string;
  caughtUp: boolean;
  manual: boolean;
};

export type ReportSchedule = {
  id: string;
  reportId: string;
  reportName: string;
  frequency: string;
  weekday: number;
  dayOfMonth: number;
  time: string;
  timeZone: string;
  folder: string;
  filePattern: string;
  enabled: boolean;
  nextRunAt: string;
  createdAt: string;
  updatedAt: string;
  lastRun?: ScheduleRun;
};

export type ScheduleInput = {
  id?: string;
  reportId: string;
  frequency: Frequency;
  weekday: number;
  dayOfMonth: number;
  time: string;
  timeZone: string;
  folder: string;
  filePattern: string;
  enabled: boolean;
};

/** A saved report that can be scheduled (built-ins cannot: save them first). */
export type SchedulableReport = { id: string; name: string; runnable: boolean; problem?: string };

/** The "schedules:failed" payload. */
export type ScheduleFailed = { scheduleId: string; reportName: string; error: string };

/** The monthly "last day of the month" (model.LastDayOfMonth). */
export const LAST_DAY = -1;
/** The file name pattern used when none is given (model.DefaultFilePattern). */
export const DEFAULT_FILE_PATTERN = '{report} {date}';

/** Permission keys (backend/rbac/vocab.go): the window hides, the backend enforces. */
export const SCHEDULE_PERMS = { view: 'reports.view', manage: 'reports.manage', exportData: 'data.export' } as const;
