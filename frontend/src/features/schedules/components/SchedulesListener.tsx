import { useScheduleEvents } from '../hooks/useScheduleEvents';

/** Mount once in the signed-in shell (for reports.view users): failed-run notifications and list refreshes. */
export function SchedulesListener() {
  useScheduleEvents();
  return null;
}
