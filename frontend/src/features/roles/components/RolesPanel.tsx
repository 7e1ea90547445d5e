import { Alert, Button, Card, Grid, Group, Skeleton, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useRoleCatalog, useRoles } from '../hooks/useRoles';
import { NewRoleModal } from './NewRoleModal';
import { RoleEditor } from './RoleEditor';
import { RoleList } from './RoleList';

/** Admin → Roles: the list on the left, the selected role's permission matrix on the right. */
export function RolesPanel() {
  const roles = useRoles();
  const catalog = useRoleCatalog();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const list = roles.data ?? [];
  const selected = list.find((role) => role.id === selectedId) ?? list[0] ?? null;
  const error = roles.error ?? catalog.error;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Card withBorder padding="sm" radius="md">
          <Group justify="space-between" px={4} mb="xs">
            <Text fw={600}>Roles</Text>
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
              New role
            </Button>
          </Group>
          {roles.isPending ? <Skeleton h={200} /> : <RoleList roles={list} selectedId={selected?.id ?? null} onSelect={setSelectedId} />}
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        {error ? <Alert color="red" variant="light">{describeError(error)}</Alert> : null}
        {selected && catalog.data ? (
          <RoleEditor key={`${selected.id}`} role={selected} catalog={catalog.data} onDeleted={() => setSelectedId(null)} />
        ) : (
          !error && <Skeleton h={420} />
        )}
      </Grid.Col>
      <NewRoleModal opened={creating} roles={list} onClose={() => setCreating(false)} onCreated={setSelectedId} />
    </Grid>
  );
}
