/** Longest workspace part of a suggested file name, so the whole name stays well under file-system limits. */
const MAX_NAME_PART = 60;

/** "2026-05-01": the local calendar date. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2359": the local time of day, hours and minutes. */
function hhmm(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}${pad(date.getMinutes())}`;
}

/**
 * The suggested name of a backup: "<workspace>-YYYY-MM-DD-HHMM.age" (the
 * time, so a second backup the same day does not collide: a backup never
 * replaces a file). Characters
 * that file systems refuse (/ \ : * ? " < > | and control characters) and
 * runs of spaces become single dashes; "workspace" when nothing is left.
 */
export function backupFileName(workspaceName: string, date: Date): string {
  const safe = [...workspaceName.replace(/[/\\:*?"<>|\p{Cc}\s]+/gu, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '')]
    .slice(0, MAX_NAME_PART)
    .join('')
    .replace(/[-.]+$/, '');
  return `${safe || 'workspace'}-${isoDay(date)}-${hhmm(date)}.age`;
}
