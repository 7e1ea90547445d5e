import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useReportExport } from '../hooks/useReportExport';
import { JobProgressBar } from './JobProgressBar';

type ExportReportModalProps = { report: { id: string; name: string }; opened: boolean; onClose: () => void };

/**
 * Export to Excel: an optional workbook password, the save dialog, then the
 * job's progress with Cancel. While the export runs, Cancel is the only way out.
 */
export function ExportReportModal({ report, opened, onClose }: ExportReportModalProps) {
  const [password, setPassword] = useState('');
  const close = () => {
    setPassword('');
    onClose();
  };
  const exporter = useReportExport(report, close);
  const locked = exporter.busy;

  return (
    <Modal
      opened={opened}
      onClose={locked ? () => {} : close}
      withCloseButton={!locked}
      closeOnClickOutside={!locked}
      closeOnEscape={!locked}
      centered
      title={`Export “${report.name}” to Excel`}
    >
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          Every row of the report is written (not only those on screen), with subtotals, totals and a chart for grouped
          reports. The export is recorded in the audit log.
        </Text>
        {exporter.running ? (
          <JobProgressBar label="Export progress" progress={exporter.progress} onCancel={exporter.cancel} cancelling={exporter.cancelling} />
        ) : (
          <>
            <PasswordInput
              label="Workbook password (optional)"
              description="Excel asks for it to open the file. It cannot be recovered: keep it somewhere safe."
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="new-password"
              disabled={locked}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={locked}>
                Cancel
              </Button>
              <Button leftSection={<IconFileSpreadsheet size={16} />} onClick={() => exporter.start(password)} loading={locked}>
                Choose file and export
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
