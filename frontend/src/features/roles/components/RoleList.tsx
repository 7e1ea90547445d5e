import { Badge, Group, NavLink, Stack, Text } from '@mantine/core';
import type { Role } from '../api/rolesApi';

type RoleListProps = { roles: readonly Role[]; selectedId: string | null; onSelect: (id: string) => void };

export function RoleList({ roles, selectedId, onSelect }: RoleListProps) {
  return (
    <Stack gap={2} role="list" aria-label="Roles">
      {roles.map((role) => (
        <NavLink
          key={role.id}
          role="listitem"
          active={role.id === selectedId}
          onClick={() => onSelect(role.id)}
          variant="light"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
          label={
            <Text fz="sm" fw={600} truncate title={role.name}>
              {role.name}
            </Text>
          }
          description={
            <Group gap={6} wrap="nowrap" mt={2}>
              <Text span fz="xs" c="dimmed">
                {role.userCount} {role.userCount === 1 ? 'user' : 'users'}
              </Text>
              {role.builtin ? (
                <Badge size="xs" variant="light" color="gray" tt="none">
                  Built-in
                </Badge>
              ) : null}
            </Group>
          }
        />
      ))}
    </Stack>
  );
}
