import { ActionIcon, Alert as Callout, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Role } from '../api/alertsApi';
import { formatHours, hourOptions, hoursLength } from '../types/roleHours';
import type { RuleValues } from '../types/ruleSchema';

type RoleHoursEditorProps = {
  form: UseFormReturnType<RuleValues>;
  roles: readonly Role[] | undefined;
  /** Why role names could not be read (ids are shown instead). */
  rolesError: string | null;
};

const FROM = hourOptions('from');
const TO = hourOptions('to');

/** The allowed-hours rule's table: for each listed role, the local hours its users may sign in. */
export function RoleHoursEditor({ form, roles, rolesError }: RoleHoursEditorProps) {
  const rows = form.values.hours;
  const known = new Map((roles ?? []).map((role) => [role.id, role.name]));
  for (const row of rows) if (row.roleId && !known.has(row.roleId)) known.set(row.roleId, row.roleId);
  const roleData = [...known].map(([value, label]) => ({ value, label }));

  return (
    <Stack gap="xs">
      <div>
        <Title order={4} fz="sm">Allowed sign-in hours</Title>
        <Text fz="xs" c="dimmed">
          Local time of this computer. A window may cross midnight (22:00–06:00). Roles not listed are not checked.
        </Text>
      </div>
      {rolesError ? <Callout color="yellow" variant="light">Role names could not be loaded ({rolesError}); role ids are shown.</Callout> : null}
      {rows.length === 0 ? <Text fz="sm" c="dimmed">No role is limited yet.</Text> : null}
      {rows.map((row, index) => (
        <Group key={index} gap="sm" align="flex-start" wrap="nowrap">
          <Select
            aria-label={`Role ${index + 1}`}
            placeholder="Choose a role"
            data={roleData}
            searchable
            allowDeselect={false}
            style={{ flex: 1 }}
            {...form.getInputProps(`hours.${index}.roleId`)}
          />
          <Select
            aria-label={`From (role ${index + 1})`}
            data={FROM}
            allowDeselect={false}
            w={110}
            {...form.getInputProps(`hours.${index}.from`)}
            value={String(row.from)}
            onChange={(value) => form.setFieldValue(`hours.${index}.from`, Number(value))}
          />
          <Select
            aria-label={`To (role ${index + 1})`}
            data={TO}
            allowDeselect={false}
            w={110}
            {...form.getInputProps(`hours.${index}.to`)}
            value={String(row.to)}
            onChange={(value) => form.setFieldValue(`hours.${index}.to`, Number(value))}
          />
          <Text fz="xs" c="dimmed" w={150} pt={8}>
            {hoursLength(row.from, row.to) > 0 ? `${formatHours(row.from, row.to)} · ${hoursLength(row.from, row.to)} h` : ''}
          </Text>
          <ActionIcon variant="subtle" color="red" mt={4} aria-label={`Remove hours of role ${index + 1}`} onClick={() => form.removeListItem('hours', index)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {typeof form.errors.hours === 'string' ? <Text fz="xs" c="red">{form.errors.hours}</Text> : null}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('hours', { roleId: '', from: 8, to: 18 })}>
          Add role
        </Button>
      </Group>
    </Stack>
  );
}
