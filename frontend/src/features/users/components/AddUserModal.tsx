import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { toAppError } from '@/lib/call';
import { MIN_PASSWORD_LENGTH } from '@/lib/credentialRules';
import { describeError } from '@/lib/errors';
import { placeAccountError, unplacedAccountError } from '@/lib/formErrors';
import type { RoleOption, TeamOption } from '../api/usersApi';
import { useCreateUser } from '../hooks/useUsers';
import { addUserSchema, initialAddUserValues, type AddUserValues } from '../schemas/userSchemas';
import { GeneratedPasswordInput } from './GeneratedPasswordInput';
import { UserFormFields } from './UserFormFields';

type AddUserModalProps = { opened: boolean; roles: readonly RoleOption[]; teams: readonly TeamOption[]; onClose: () => void };

export function AddUserModal({ opened, roles, teams, onClose }: AddUserModalProps) {
  const create = useCreateUser();
  const form = useForm<AddUserValues>({
    mode: 'controlled',
    initialValues: initialAddUserValues,
    validate: schemaResolver(addUserSchema, { sync: true }),
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    const parsed = addUserSchema.parse(values);
    create.mutate(parsed, {
      onSuccess: close,
      onError: (raw) => {
        placeAccountError(form, toAppError(raw));
      },
    });
  });
  const unplaced = unplacedAccountError(create.error ? toAppError(create.error) : null);

  return (
    <Modal opened={opened} onClose={close} title="Add user" centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="User name"
            required
            data-autofocus
            spellCheck={false}
            autoComplete="off"
            description="Letters, digits and . _ - @ — no spaces. They type it at every sign-in."
            {...form.getInputProps('username')}
          />
          <UserFormFields form={form} roles={roles} teams={teams} />
          <GeneratedPasswordInput
            label="Initial password"
            required
            description={`At least ${MIN_PASSWORD_LENGTH} characters. Pass it on privately; they must change it at first sign-in.`}
            value={form.values.password}
            error={form.errors.password}
            onChange={(value) => form.setFieldValue('password', value)}
          />
          {unplaced ? <Alert color="red" variant="light">{describeError(unplaced)}</Alert> : null}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add user
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
