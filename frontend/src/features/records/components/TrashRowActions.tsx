import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal } from '@/components/ConfirmModal';
import { PERMS, hasPermission } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import type { CrmRecord } from '../api/recordsApi';
import { usePurgeRecord, useRestoreRecord } from '../hooks/useRecordMutations';

/** Restore (anyone who may delete) and Delete for good (administrators) on a Trash row. */
export function TrashRowActions({ record }: { record: CrmRecord }) {
  const session = useSession();
  const restore = useRestoreRecord();
  const purge = usePurgeRecord();
  const [confirm, setConfirm] = useState(false);
  const isAdmin = hasPermission(session, PERMS.settingsManage);
  const target = { entity: record.entity, id: record.id };

  return (
    <Group gap={6} wrap="nowrap" onClick={(e) => e.stopPropagation()}>
      <Button size="compact-xs" variant="light" loading={restore.isPending} onClick={() => restore.mutate(target)}>
        Restore
      </Button>
      {isAdmin && (
        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirm(true)}>
          Delete for good
        </Button>
      )}
      <ConfirmModal
        opened={confirm}
        title="Delete for good?"
        confirmLabel="Delete for good"
        danger
        loading={purge.isPending}
        onClose={() => setConfirm(false)}
        onConfirm={() => purge.mutate(target, { onSuccess: () => setConfirm(false) })}
      >
        <Text fz="sm">
          “{record.title}” will be removed from the Trash and cannot be restored. The audit log keeps a record that it existed.
        </Text>
      </ConfirmModal>
    </Group>
  );
}
