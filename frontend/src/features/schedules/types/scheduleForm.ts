import { z } from 'zod';
import { browserZone, isKnownZone, parseClock } from './nextRun';
import type { Frequency, ReportSchedule, ScheduleInput } from './scheduleTypes';
import { DEFAULT_FILE_PATTERN, LAST_DAY } from './scheduleTypes';

export type ScheduleFormValues = {
  reportId: string | null;
  frequency: Frequency;
  weekday: string;
  dayOfMonth: string;
  time: string;
  timeZone: string;
  folder: string;
  filePattern: string;
  enabled: boolean;
};

/**
 * Whether a path is absolute on the desktops the app runs on: "/home/…",
 * "C:\…" (or "C:/…"), or a network share "\\server\share". The backend also
 * checks that the folder exists and is writable.
 */
export function isAbsolutePath(path: string): boolean {
  const p = path.trim();
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || /^\\\\[^\\]+\\[^\\]+/.test(p);
}

function hasControl(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** The backend's file pattern rule (model.ValidateFilePattern): "" when fine, else what is wrong. */
export function filePatternProblem(pattern: string): string {
  const p = pattern.trim();
  if ([...p].length > 120) return 'Use at most 120 characters.';
  if (/[/\\:*?"<>|]/.test(p) || hasControl(p)) return 'The file name cannot contain / \\ : * ? " < > | or control characters.';
  if (p.includes('..')) return 'The file name cannot contain "..".';
  for (const token of p.match(/\{[^{}]*\}/g) ?? []) {
    if (!['{report}', '{date}', '{time}'].includes(token)) return `Unknown placeholder ${token}: use {report}, {date} or {time}.`;
  }
  if (/[{}]/.test(p.replace(/\{[^{}]*\}/g, ''))) return 'Braces are only for {report}, {date} and {time}.';
  return '';
}

/**
 * The file a run would write (model.FileName, simplified for the preview):
 * the pattern with {report}, {date} (YYYY-MM-DD) and {time} (HHMM) at `at`
 * in the schedule's zone, reserved characters as "_", ".xlsx" added.
 */
export function previewFileName(pattern: string, reportName: string, at: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: isKnownZone(zone) ? zone : 'UTC', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const name = (pattern.trim() || DEFAULT_FILE_PATTERN)
    .replaceAll('{report}', reportName)
    .replaceAll('{date}', `${parts.year}-${parts.month}-${parts.day}`)
    .replaceAll('{time}', `${parts.hour}${parts.minute}`);
  let safe = [...name].map((ch) => (/[/\\:*?"<>|]/.test(ch) || hasControl(ch) ? '_' : ch)).join('');
  safe = safe.replaceAll('..', '_').replace(/^[ .]+|[ .]+$/g, '') || 'report';
  return /\.xlsx$/i.test(safe) ? safe : `${safe}.xlsx`;
}

/** The schedule form's checks, with the backend's wording where it has one. */
export const scheduleFormSchema = z
  .object({
    reportId: z.string({ message: 'Choose a saved report.' }).min(1, 'Choose a saved report.'),
    frequency: z.enum(['daily', 'weekly', 'monthly'], { message: 'Choose daily, weekly or monthly.' }),
    weekday: z.string(),
    dayOfMonth: z.string(),
    time: z.string().refine((t) => parseClock(t) !== null, 'Enter a time as HH:MM (00:00 to 23:59).'),
    timeZone: z.string().refine(isKnownZone, 'Choose a known time zone (such as Europe/Berlin).'),
    folder: z
      .string()
      .trim()
      .min(1, 'Choose the folder the files go to.')
      .max(1024, 'The path is too long.')
      .refine(isAbsolutePath, 'Enter a full path, such as /home/ana/Reports or C:\\Reports.')
      .refine((f) => !hasControl(f), 'The path holds control characters.'),
    filePattern: z.string().refine((p) => filePatternProblem(p) === '', { error: (issue) => filePatternProblem(String(issue.input)) }),
  })
  .superRefine((v, ctx) => {
    if (v.frequency === 'weekly' && !(Number(v.weekday) >= 1 && Number(v.weekday) <= 7)) {
      ctx.addIssue({ code: 'custom', path: ['weekday'], message: 'Choose a weekday.' });
    }
    const day = Number(v.dayOfMonth);
    if (v.frequency === 'monthly' && day !== LAST_DAY && !(day >= 1 && day <= 28)) {
      ctx.addIssue({ code: 'custom', path: ['dayOfMonth'], message: 'Choose a day from 1 to 28, or the last day of the month.' });
    }
  });

/** The form values of a schedule, or of a new one for `reportId` (Mondays at 08:00 in the browser's zone). */
export function scheduleFormValues(schedule?: ReportSchedule, reportId?: string): ScheduleFormValues {
  if (!schedule) {
    return { reportId: reportId ?? null, frequency: 'weekly', weekday: '1', dayOfMonth: '1', time: '08:00', timeZone: browserZone(), folder: '', filePattern: DEFAULT_FILE_PATTERN, enabled: true };
  }
  return {
    reportId: schedule.reportId,
    frequency: (['daily', 'weekly', 'monthly'].includes(schedule.frequency) ? schedule.frequency : 'weekly') as Frequency,
    weekday: String(schedule.weekday || 1),
    dayOfMonth: String(schedule.dayOfMonth || 1),
    time: schedule.time,
    timeZone: schedule.timeZone || browserZone(),
    folder: schedule.folder,
    filePattern: schedule.filePattern || DEFAULT_FILE_PATTERN,
    enabled: schedule.enabled,
  };
}

/** The request the form describes: fields the frequency does not use are 0, as the backend stores them. */
export function scheduleInput(values: ScheduleFormValues, id?: string): ScheduleInput {
  return {
    id,
    reportId: values.reportId ?? '',
    frequency: values.frequency,
    weekday: values.frequency === 'weekly' ? Number(values.weekday) : 0,
    dayOfMonth: values.frequency === 'monthly' ? Number(values.dayOfMonth) : 0,
    time: values.time.trim(),
    timeZone: values.timeZone.trim(),
    folder: values.folder.trim(),
    filePattern: values.filePattern.trim() || DEFAULT_FILE_PATTERN,
    enabled: values.enabled,
  };
}

/** The input that re-saves a schedule unchanged but for `enabled` (the list's on/off switch). */
export function toggledInput(schedule: ReportSchedule, enabled: boolean): ScheduleInput {
  return { ...scheduleInput(scheduleFormValues(schedule), schedule.id), enabled };
}
