import { ActionIcon, Alert, Button, Card, EmptyState, Group, Menu, Skeleton, Table, Text } from '@mantine/core';
import { IconDots, IconPencil, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmModal } from '@/components/ConfirmModal';
import { describeError } from '@/lib/errors';
import type { Team } from '../api/teamsApi';
import { useDeleteTeam, useTeams } from '../hooks/useTeams';
import { TeamNameModal } from './TeamNameModal';

/** Admin → Teams: teams group users for "team" scope. */
export function TeamsPanel() {
  const teams = useTeams();
  const remove = useDeleteTeam();
  const [editing, setEditing] = useState<{ team: Team | null } | null>(null);

  const [deleting, setDeleting] = useState<Team | null>(null);

  const list = teams.data ?? [];
  return (
    <Card withBorder padding="lg" radius="md">
      <Group justify="space-between" mb="md">
        <div>
          <Text fw={600}>Teams</Text>
          <Text fz="sm" c="dimmed">
            A role with “team” scope sees records owned by anyone in the same teams.
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ team: null })}>
          New team
        </Button>
      </Group>
      {teams.isPending ? <Skeleton h={120} /> : null}
      {teams.isError ? <Alert color="red" variant="light">{describeError(teams.error)}</Alert> : null}
      {teams.data && list.length === 0 ? (
        <EmptyState
          icon={<IconUsersGroup size={30} stroke={1.5} />}
          title="No teams yet"
          description="Create a team for each group that shares customers, such as a region or a branch, then add users to it in Users."
        />
      ) : null}
      {list.length > 0 ? (
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th w={140}>Members</Table.Th>
              <Table.Th w={56} aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((team) => (
              <Table.Tr key={team.id}>
                <Table.Td fw={500}>{team.name}</Table.Td>
                <Table.Td>{team.memberCount}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${team.name}`}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={15} />} onClick={() => setEditing({ team })}>
                        Rename
                      </Menu.Item>
                      <Menu.Item color="red" leftSection={<IconTrash size={15} />} onClick={() => setDeleting(team)}>
                        Delete
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <ConfirmModal
        opened={deleting !== null}
        title={`Delete “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete team"
        danger
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSettled: () => setDeleting(null) })}
      >
        <Text fz="sm">
          {deleting && deleting.memberCount > 0
            ? `Its ${deleting.memberCount === 1 ? 'member leaves' : `${deleting.memberCount} members leave`} the team; records they saw only through team scope are no longer visible to them.`
            : 'The team has no members.'}
        </Text>
      </ConfirmModal>
      <TeamNameModal opened={editing !== null} team={editing?.team ?? null} onClose={() => setEditing(null)} />
    </Card>
  );
}
