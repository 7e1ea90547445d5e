import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useDashboardExport } from '../hooks/useDashboardExport';
import type { DashboardFilters } from '../types/dashboardTypes';
import { describeFilters } from '../types/filters';
import { JobProgressBar } from './JobProgressBar';

type ExportDashboardModalProps = {
  opened: boolean;
  onClose: () => void;
  dashboardId: string;
  name: string;
  filters: DashboardFilters;
  teamName: (id: string) => string | undefined;
};

/**
 * Export to Excel: an optional workbook password, then the save dialog and
 * the export with its progress and Cancel. The modal stays while it runs.
 */
export function ExportDashboardModal({ opened, onClose, dashboardId, name, filters, teamName }: ExportDashboardModalProps) {
  const [password, setPassword] = useState('');
  const job = useDashboardExport(() => {
    setPassword('');
    onClose();
  });
  const locked = job.busy;
  return (
    <Modal
      opened={opened}
      onClose={() => !locked && onClose()}
      withCloseButton={!locked}
      closeOnClickOutside={!locked}
      closeOnEscape={!locked}
      title={`Export “${name}” to Excel`}
      centered
    >
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          One sheet per widget with its data, native Excel charts and a summary sheet, computed for you with the filters shown now
          ({describeFilters(filters, teamName)}). Widgets you may not see are left out and named in the summary. The export is audited.
        </Text>
        {job.running ? (
          <JobProgressBar label="Export progress" progress={job.progress} noun="widget" onCancel={job.cancel} cancelling={job.cancelling} />
        ) : (
          <>
            <PasswordInput
              label="Workbook password (optional)"
              description="Excel asks for it to open the file. It is not stored or logged."
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="new-password"
              disabled={locked}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={locked}>Cancel</Button>
              <Button
                leftSection={<IconFileSpreadsheet size={16} />}
                loading={locked}
                onClick={() => job.start({ id: dashboardId, name, filters, password })}
              >
                Choose file and export
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
