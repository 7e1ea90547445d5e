import { hasPermission } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import { SCHEDULE_PERMS } from '../types/scheduleTypes';

/** What the window offers on schedules; the backend enforces all of it. */
export function useSchedulePermissions() {
  const session = useSession();
  const exportData = hasPermission(session, SCHEDULE_PERMS.exportData);
  return {
    canView: hasPermission(session, SCHEDULE_PERMS.view),
    /** Creating and changing schedules needs reports.manage and data.export. */
    canSchedule: hasPermission(session, SCHEDULE_PERMS.manage) && exportData,
    /** Running one now needs data.export. */
    canRun: exportData,
  };
}
