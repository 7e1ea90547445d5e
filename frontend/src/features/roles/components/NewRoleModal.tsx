import { Alert, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import type { Role } from '../api/rolesApi';
import { useCreateRole } from '../hooks/useRoles';
import { RoleNameFields, roleNameValidate } from './RoleNameFields';

type NewRoleModalProps = { opened: boolean; roles: readonly Role[]; onClose: () => void; onCreated: (id: string) => void };

export function NewRoleModal({ opened, roles, onClose, onCreated }: NewRoleModalProps) {
  const create = useCreateRole();
  const form = useForm({ mode: 'controlled', initialValues: { name: '', description: '', copyFrom: '' }, validate: roleNameValidate });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(
      { name: values.name.trim(), description: values.description.trim(), copyFrom: values.copyFrom },
      {
        onSuccess: (role) => {
          onCreated(role.id);
          close();
        },
        onError: (raw) => void applyFieldErrors(form, toAppError(raw)),
      },
    ),
  );
  const appError = create.error ? toAppError(create.error) : null;
  return (
    <Modal opened={opened} onClose={close} title="New role" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <RoleNameFields form={form} />
          <Select
            label="Copy permissions from"
            placeholder="Start empty (no access)"
            clearable
            data={roles.map((role) => ({ value: role.id, label: role.name }))}
            value={form.values.copyFrom || null}
            onChange={(value) => form.setFieldValue('copyFrom', value ?? '')}
          />
          {appError && !appError.fields ? <Alert color="red" variant="light">{describeError(appError)}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create role
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
