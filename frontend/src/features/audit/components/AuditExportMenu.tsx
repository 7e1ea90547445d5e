import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileCertificate, IconFileSpreadsheet, IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { PERMS, hasPermission } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import type { AuditQuery } from '../api/auditApi';
import { useAuditExport } from '../hooks/useAuditExport';
import { EXPORT_SPECS } from '../types/exportSpecs';
import { AuditExportModal } from './AuditExportModal';
import { AuditPublicKeyModal } from './AuditPublicKeyModal';


/** Export what the filters match (Excel or a signed bundle, with data.export) and the key that checks bundles. */
export function AuditExportMenu({ query }: { query: AuditQuery }) {
  const session = useSession();
  const canExport = hasPermission(session, PERMS.dataExport);
  const exporter = useAuditExport(query);
  const [showKey, setShowKey] = useState(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} loading={exporter.busy}>
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {canExport ? (
            <>
              <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => exporter.start('xlsx')}>
                {EXPORT_SPECS.xlsx.menuLabel}
              </Menu.Item>
              <Menu.Item leftSection={<IconFileCertificate size={16} />} onClick={() => exporter.start('bundle')}>
                {EXPORT_SPECS.bundle.menuLabel}
              </Menu.Item>
            </>
          ) : (
            <Menu.Label>Exports need the “Export data” permission</Menu.Label>
          )}
          <Menu.Divider />
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setShowKey(true)}>
            Copy public key
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <AuditExportModal format={exporter.exporting} progress={exporter.progress} onCancel={exporter.cancel} cancelling={exporter.cancelling} />
      <AuditPublicKeyModal opened={showKey} onClose={() => setShowKey(false)} />
    </>
  );
}
