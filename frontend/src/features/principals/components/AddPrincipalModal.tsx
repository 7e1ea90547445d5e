import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { toAppError } from '@/lib/call';
import { MAX_USERNAME_LENGTH } from '@/lib/credentialRules';
import { describeError } from '@/lib/errors';
import { placeAccountError, unplacedAccountError } from '@/lib/formErrors';
import type { PrincipalToken, RoleOption, TeamOption } from '../api/principalsApi';
import { useCreatePrincipal } from '../hooks/usePrincipals';
import { initialPrincipalValues, principalSchema, type PrincipalValues } from '../schemas/principalSchema';

type AddPrincipalModalProps = {
  opened: boolean;
  roles: readonly RoleOption[];
  teams: readonly TeamOption[];
  onClose: () => void;
  onCreated: (created: PrincipalToken) => void;
};

/** "Add integration": name, role and teams; the token comes back once and goes straight to the reveal modal. */
export function AddPrincipalModal({ opened, roles, teams, onClose, onCreated }: AddPrincipalModalProps) {
  const create = useCreatePrincipal();
  const form = useForm<PrincipalValues>({
    mode: 'controlled',
    initialValues: initialPrincipalValues,
    validate: schemaResolver(principalSchema, { sync: true }),
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    create.mutate(principalSchema.parse(values), {
      onSuccess: (created) => {
        form.reset();
        create.reset(); // the token lives on only in the reveal modal
        onCreated(created);
      },
      onError: (raw) => {
        placeAccountError(form, toAppError(raw));
      },
    });
  });
  const unplaced = unplacedAccountError(create.error ? toAppError(create.error) : null);

  return (
    <Modal opened={opened} onClose={close} title="Add integration" centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fz="sm" c="dimmed">
            An account for a script, such as a nightly import from a web form. Its role limits what it may read and change, and everything it
            does is audited under its name.
          </Text>
          <TextInput
            label="User name"
            required
            data-autofocus
            spellCheck={false}
            autoComplete="off"
            placeholder="e.g. webform-import"
            maxLength={MAX_USERNAME_LENGTH * 2}
            description="Letters, digits and . _ - @ — no spaces. The script signs in with it (--user)."
            {...form.getInputProps('username')}
          />
          <TextInput label="Display name" placeholder="e.g. Webform CSV drop" {...form.getInputProps('displayName')} />
          <Select
            label="Role"
            required
            placeholder="Choose a role"
            description="Give it no more than the script needs."
            data={roles.map((role) => ({ value: role.id, label: role.name }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('roleId')}
          />
          <MultiSelect
            label="Teams"
            placeholder={teams.length === 0 ? 'No teams yet — create them in Teams' : 'Choose teams'}
            data={teams.map((team) => ({ value: team.id, label: team.name }))}
            searchable
            clearable
            disabled={teams.length === 0}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('teamIds')}
          />
          {unplaced ? (
            <Alert color="red" variant="light">
              {describeError(unplaced)}
            </Alert>
          ) : null}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add integration
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
