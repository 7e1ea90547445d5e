import { Button, Group, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmModal } from '@/components/ConfirmModal';
import { describeError } from '@/lib/errors';
import type { Role } from '../api/rolesApi';
import { useDeleteRole } from '../hooks/useRoles';
import { RenameRoleModal } from './RenameRoleModal';

type RoleActionsProps = { role: Role; onDeleted: () => void };

export function RoleActions({ role, onDeleted }: RoleActionsProps) {
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteRole();
  const deleteBlocked = role.builtin
    ? 'Built-in roles cannot be deleted.'
    : role.userCount > 0
      ? 'Move its users to another role first.'
      : null;

  const confirmDelete = () =>
    remove.mutate(role.id, {
      onSuccess: () => {
        notifications.show({ color: 'teal', title: 'Role deleted', message: role.name });
        setDeleting(false);
        onDeleted();
      },
      onError: (error) => {
        notifications.show({ color: 'red', title: 'Could not delete the role', message: describeError(error) });
        setDeleting(false);
      },
    });

  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setRenaming(true)}>
        Rename
      </Button>
      <Tooltip label={deleteBlocked} disabled={!deleteBlocked} withArrow>
        <span>
          <Button
            size="xs"
            variant="default"
            color="red"
            leftSection={<IconTrash size={14} />}
            disabled={deleteBlocked !== null}
            onClick={() => setDeleting(true)}
          >
            Delete
          </Button>
        </span>
      </Tooltip>
      <RenameRoleModal opened={renaming} role={role} onClose={() => setRenaming(false)} />
      <ConfirmModal
        opened={deleting}
        title={`Delete the role “${role.name}”?`}
        confirmLabel="Delete role"
        danger
        loading={remove.isPending}
        onClose={() => setDeleting(false)}
        onConfirm={confirmDelete}
      >
        <Text fz="sm">Nobody holds it. The change is written to the audit log.</Text>
      </ConfirmModal>
    </Group>
  );
}
