import { hasPermission } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import { REPORT_PERMS } from '../types/reportList';

/** What the window offers: the backend enforces all of it. */
export function useReportPermissions() {
  const session = useSession();
  return {
    canManage: hasPermission(session, REPORT_PERMS.manage),
    canExport: hasPermission(session, REPORT_PERMS.exportData),
  };
}
