import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import type { Role } from '../api/rolesApi';
import { useRenameRole } from '../hooks/useRoles';
import { RoleNameFields, roleNameValidate } from './RoleNameFields';

type RenameRoleModalProps = { opened: boolean; role: Role; onClose: () => void };

export function RenameRoleModal({ opened, role, onClose }: RenameRoleModalProps) {
  const rename = useRenameRole();
  const form = useForm({ mode: 'controlled', initialValues: { name: role.name, description: role.description }, validate: roleNameValidate });
  const close = () => {
    form.reset();
    rename.reset();
    onClose();
  };
  const submit = form.onSubmit(({ name, description }) =>
    rename.mutate(
      { id: role.id, name: name.trim(), description: description.trim() },
      { onSuccess: close, onError: (raw) => void applyFieldErrors(form, toAppError(raw)) },
    ),
  );
  const appError = rename.error ? toAppError(rename.error) : null;
  return (
    <Modal opened={opened} onClose={close} title="Rename role" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <RoleNameFields form={form} />
          {appError && !appError.fields ? <Alert color="red" variant="light">{describeError(appError)}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={rename.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
