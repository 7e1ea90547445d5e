import { Alert, Button, Group, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { JobProgressBar } from '@/components/JobProgressBar';
import { useRevertImport } from '../hooks/useRevertImport';
import { revertDescription } from '../types/importFormat';
import { recordCount, type ImportCounts } from '../types/importTypes';

export type RevertTarget = { id: string; fileName: string; entity: string; counts: ImportCounts };

type RevertImportModalProps = {
  batch: RevertTarget | null;
  onClose: () => void;
  onReverted?: () => void;
};

/**
 * Confirms a revert and says what it does; runs it with progress and
 * Cancel; when records changed since the import, nothing is changed and
 * the modal lists them.
 */
export function RevertImportModal({ batch, onClose, onReverted }: RevertImportModalProps) {
  const { revert, running, progress, cancel, cancelling } = useRevertImport();
  const outcome = revert.data;
  const conflicts = outcome && !outcome.cancelled ? outcome.value.conflicts : [];
  const close = () => {
    if (running) return;
    revert.reset();
    onClose();
  };
  const confirm = () => {
    if (!batch) return;
    revert.mutate(batch.id, {
      onSuccess: (result) => {
        if (result.cancelled || result.value.conflicts.length > 0) return;
        const { removed, restored } = result.value;
        notifications.show({
          color: 'teal',
          title: 'Import reverted',
          message: `${recordCount(batch.entity, removed)} removed, ${recordCount(batch.entity, restored)} restored to their earlier values.`,
        });
        onReverted?.();
        close();
      },
    });
  };
  return (
    <Modal opened={batch !== null} onClose={close} title="Revert this import?" centered size="lg" closeOnClickOutside={!running} withCloseButton={!running}>
      {batch ? (
        <Stack gap="md">
          {conflicts.length > 0 ? (
            <>
              <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Nothing was reverted" data-testid="revert-conflicts">
                These records changed after the import (edited, moved to the Trash, erased or linked from other records). Revert them by hand, or leave the import as it is.
              </Alert>
              <ScrollArea.Autosize mah={240}>
                <List size="sm" spacing={2}>
                  {conflicts.map((title, i) => <List.Item key={`${i}-${title}`}>{title}</List.Item>)}
                </List>
              </ScrollArea.Autosize>
              <Group justify="flex-end"><Button onClick={close}>Close</Button></Group>
            </>
          ) : running ? (
            <JobProgressBar label="Revert progress" percent={progress.percent} text="Reverting…" onCancel={cancel} cancelling={cancelling} />
          ) : (
            <>
              <Text fz="sm">
                Reverting <b>{batch.fileName}</b> {revertDescription(batch.entity, batch.counts.new, batch.counts.update, recordCount) || 'marks it as reverted; it wrote no records'}.
              </Text>
              <Text fz="sm" c="dimmed">
                It is all or nothing: if any of these records was changed since the import, nothing is changed and you will see which ones. The revert is recorded in the audit log.
              </Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>Cancel</Button>
                <Button color="red" onClick={confirm} loading={revert.isPending} data-autofocus>Revert import</Button>
              </Group>
            </>
          )}
        </Stack>
      ) : null}
    </Modal>
  );
}
