import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import type { RoleOption, TeamOption, User } from '../api/usersApi';
import { useUpdateUser } from '../hooks/useUsers';
import { editUserSchema, type EditUserValues } from '../schemas/userSchemas';
import { UserFormFields } from './UserFormFields';

type EditUserModalProps = { user: User; isSelf: boolean; roles: readonly RoleOption[]; teams: readonly TeamOption[]; onClose: () => void };

/** Name, role and teams. Rendered only while open, so the form starts from the row. */
export function EditUserModal({ user, isSelf, roles, teams, onClose }: EditUserModalProps) {
  const update = useUpdateUser();
  const form = useForm<EditUserValues>({
    mode: 'controlled',
    initialValues: { displayName: user.displayName, roleId: user.roleId, teamIds: user.teamIds ?? [] },
    validate: schemaResolver(editUserSchema, { sync: true }),
  });
  const submit = form.onSubmit((values) => {
    const parsed = editUserSchema.parse(values);
    update.mutate(
      {
        id: user.id,
        displayName: parsed.displayName,
        roleId: isSelf || parsed.roleId === user.roleId ? undefined : parsed.roleId,
        teamIds: parsed.teamIds,
      },
      { onSuccess: onClose, onError: (raw) => void applyFieldErrors(form, toAppError(raw)) },
    );
  });
  const appError = update.error ? toAppError(update.error) : null;
  return (
    <Modal opened onClose={onClose} title={`Edit ${user.username}`} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <UserFormFields form={form} roles={roles} teams={teams} roleLocked={isSelf} />
          {!isSelf && form.values.roleId !== user.roleId ? (
            <Text fz="xs" c="dimmed">
              The new role applies at their next action, even if they are signed in now.
            </Text>
          ) : null}
          {appError && !appError.fields ? <Alert color="red" variant="light">{describeError(appError)}</Alert> : null}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
