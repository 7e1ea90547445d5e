import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AuditRow } from '../api/alertsApi';
import { auditEntryPath } from '../types/alertRoutes';
import { formatDateTime } from '../types/formatDate';

/** Recent critical changes (roles, settings, keys, rules), each linked to its audit entry. */
export function CriticalChangesTable({ rows }: { rows: readonly AuditRow[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} aria-label="Recent critical changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Entry</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.seq}>
              <Table.Td>
                <Anchor component={Link} to={auditEntryPath(row.seq)} fz="sm">
                  #{row.seq}
                </Anchor>
              </Table.Td>
              <Table.Td fz="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(row.at)}
              </Table.Td>
              <Table.Td fz="sm">{row.actorName || row.actorId || 'System'}</Table.Td>
              <Table.Td>
                <Text fz="sm" ff="monospace">
                  {row.action}
                </Text>
                {row.objectLabel ? (
                  <Text fz="xs" c="dimmed">
                    {row.objectLabel}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" radius="sm" tt="none" color={row.outcome === 'success' ? 'teal' : 'red'}>
                  {row.outcome || '—'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
