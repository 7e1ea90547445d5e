/** Where the list of scheduled reports lives (wired in the app's routes). */
export const SCHEDULES_PATH = '/reports/schedules';

/** The list with one schedule's run history open. */
export function historyPath(scheduleId: string): string {
  return `${SCHEDULES_PATH}?history=${encodeURIComponent(scheduleId)}`;
}
