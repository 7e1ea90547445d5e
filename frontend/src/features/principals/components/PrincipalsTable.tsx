import { Badge, Table, Text } from '@mantine/core';
import { TeamBadges } from '@/components/TeamBadges';
import type { Principal, TeamOption } from '../api/principalsApi';
import { formatLastUse } from '../types/principalStatus';
import { PrincipalRowMenu, type PrincipalAction } from './PrincipalRowMenu';

type PrincipalsTableProps = {
  principals: readonly Principal[];
  teams: readonly TeamOption[];
  onAction: (principal: Principal, action: PrincipalAction) => void;
};

export function PrincipalsTable({ principals, teams, onAction }: PrincipalsTableProps) {
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="integrations-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>User name</Table.Th>
            <Table.Th>Display name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Teams</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Last sign-in</Table.Th>
            <Table.Th w={48} aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {principals.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Text fz="sm" fw={600} ff="monospace">
                  {p.username}
                </Text>
              </Table.Td>
              <Table.Td>{p.displayName || <Text span c="dimmed" fz="sm">—</Text>}</Table.Td>
              <Table.Td>{p.roleName}</Table.Td>
              <Table.Td>
                <TeamBadges teamIds={p.teamIds} teamName={teamName} />
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={p.disabled ? 'gray' : 'teal'} tt="none" radius="sm">
                  {p.disabled ? 'Disabled' : 'Active'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" c={p.lastLoginAt ? undefined : 'dimmed'}>
                  {formatLastUse(p.lastLoginAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <PrincipalRowMenu principal={p} onAction={(action) => onAction(p, action)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
