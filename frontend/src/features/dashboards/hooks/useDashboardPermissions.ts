import { hasPermission } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import { DASHBOARD_PERMS } from '../types/dashboardTypes';

/** What the window offers on dashboards; the backend enforces all of it. */
export function useDashboardPermissions() {
  const session = useSession();
  return {
    userId: session?.user.id ?? '',
    canManage: hasPermission(session, DASHBOARD_PERMS.manage),
    /** Report lists, drill-down and the report catalog need reports.view. */
    canReports: hasPermission(session, DASHBOARD_PERMS.reportsView),
    canExport: hasPermission(session, DASHBOARD_PERMS.exportData),
  };
}
