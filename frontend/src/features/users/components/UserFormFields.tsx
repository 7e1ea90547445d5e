import { MultiSelect, Select, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { RoleOption, TeamOption } from '../api/usersApi';

type Values = { displayName: string; roleId: string; teamIds: string[] };

type UserFormFieldsProps<T extends Values> = {
  form: UseFormReturnType<T>;
  roles: readonly RoleOption[];
  teams: readonly TeamOption[];
  /** Editing yourself: the role cannot change. */
  roleLocked?: boolean;
};

/** Full name, role and teams: shared by "Add user" and "Edit". */
export function UserFormFields<T extends Values>({ form, roles, teams, roleLocked }: UserFormFieldsProps<T>) {
  const roleSelect = (
    <Select
      label="Role"
      required
      placeholder="Choose a role"
      data={roles.map((role) => ({ value: role.id, label: role.name }))}
      disabled={roleLocked}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      {...form.getInputProps('roleId')}
    />
  );
  return (
    <>
      <TextInput label="Full name" placeholder="e.g. Sam Rivera" {...form.getInputProps('displayName')} />
      {roleLocked ? (
        <Tooltip label="You can't change your own role" withArrow position="top-start">
          <div>{roleSelect}</div>
        </Tooltip>
      ) : (
        roleSelect
      )}
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
    </>
  );
}
