import { Modal, Stack, Text } from '@mantine/core';
import type { JobProgress } from '@/lib/jobProgress';
import type { ExportFormat } from '../api/auditApi';
import { JobProgressBar } from './JobProgressBar';

type AuditExportModalProps = {
  format: ExportFormat | null;
  progress: JobProgress;
  onCancel: () => void;
  cancelling: boolean;
};

/** A running export: progress and Cancel. Stays until the job ends; Cancel is the only way out. */
export function AuditExportModal({ format, progress, onCancel, cancelling }: AuditExportModalProps) {
  return (
    <Modal
      opened={format !== null}
      onClose={() => {}}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      title={format === 'bundle' ? 'Exporting a signed audit bundle' : 'Exporting the audit log to Excel'}
    >
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          Every entry the current filters match is written, not only the loaded ones. The export itself is audited.
        </Text>
        <JobProgressBar label="Export progress" progress={progress} onCancel={onCancel} cancelling={cancelling} />
      </Stack>
    </Modal>
  );
}
