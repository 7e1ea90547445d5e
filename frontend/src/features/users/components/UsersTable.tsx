import { Badge, Group, Table, Text } from '@mantine/core';
import { TeamBadges } from '@/components/TeamBadges';
import type { TeamOption, User } from '../api/usersApi';
import { isIntegration } from '../types/userKind';
import { formatSignIn } from '../types/userStatus';
import { UserRowMenu, type UserAction } from './UserRowMenu';
import { UserStatusBadge } from './UserStatusBadge';

type UsersTableProps = {
  users: readonly User[];
  teams: readonly TeamOption[];
  selfId: string;
  onAction: (user: User, action: UserAction) => void;
};

export function UsersTable({ users, teams, selfId, onAction }: UsersTableProps) {
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>User name</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Teams</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Last sign-in</Table.Th>
            <Table.Th w={48} aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text fz="sm" fw={600} ff="monospace">
                    {user.username}
                  </Text>
                  {user.id === selfId ? (
                    <Badge size="xs" variant="outline" tt="none">
                      You
                    </Badge>
                  ) : null}
                  {isIntegration(user) ? (
                    <Badge size="xs" variant="light" color="grape" tt="none">
                      Integration
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>{user.displayName || <Text span c="dimmed" fz="sm">—</Text>}</Table.Td>
              <Table.Td>{user.roleName}</Table.Td>
              <Table.Td>
                <TeamBadges teamIds={user.teamIds} teamName={teamName} />
              </Table.Td>
              <Table.Td>
                <UserStatusBadge user={user} />
              </Table.Td>
              <Table.Td>
                <Text fz="sm" c={user.lastLoginAt ? undefined : 'dimmed'}>
                  {formatSignIn(user.lastLoginAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <UserRowMenu user={user} isSelf={user.id === selfId} onAction={(action) => onAction(user, action)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
