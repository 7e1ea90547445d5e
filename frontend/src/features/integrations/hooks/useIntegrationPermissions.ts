import { hasPermission } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import { INTEGRATION_PERMS } from '../types/integrationTypes';

/** What the log offers; the backend decides whose runs it lists and who may retry. */
export function useIntegrationPermissions() {
  const session = useSession();
  const importer = hasPermission(session, INTEGRATION_PERMS.dataImport);
  const exporter = hasPermission(session, INTEGRATION_PERMS.dataExport);
  return {
    /** audit.view or settings.manage read everyone's runs; others their own. */
    seesAll: hasPermission(session, INTEGRATION_PERMS.auditView) || hasPermission(session, INTEGRATION_PERMS.settingsManage),
    /** Retrying an import runs one (data.import); retrying a scheduled report writes it (data.export). */
    mayRetry: (kind: string) => (kind === 'import' && importer) || (kind === 'report' && exporter),
  };
}
