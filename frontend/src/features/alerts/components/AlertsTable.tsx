import { Anchor, Table, Text } from '@mantine/core';
import type { Alert } from '../api/alertsApi';
import { formatDateTime } from '../types/formatDate';
import { SeverityBadge } from './SeverityBadge';
import { StatusBadge } from './StatusBadge';

type AlertsTableProps = {
  rows: readonly Alert[];
  /** The alert whose drawer is open (highlighted). */
  selectedId: string | null;
  onOpen: (id: string) => void;
};

/** One page of alerts, newest first; the title (or the row) opens the detail drawer. */
export function AlertsTable({ rows, selectedId, onOpen }: AlertsTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Alerts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={100}>Severity</Table.Th>
            <Table.Th>Alert</Table.Th>
            <Table.Th>Rule</Table.Th>
            <Table.Th>About</Table.Th>
            <Table.Th w={150}>Status</Table.Th>
            <Table.Th w={180}>Raised</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((alert) => (
            <Table.Tr
              key={alert.id}
              onClick={() => onOpen(alert.id)}
              style={{ cursor: 'pointer' }}
              bg={alert.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}
              data-alert-id={alert.id}
            >
              <Table.Td>
                <SeverityBadge severity={alert.severity} />
              </Table.Td>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  fz="sm"
                  fw={alert.status === 'open' ? 600 : 500}
                  ta="left"
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(alert.id);
                  }}
                >
                  {alert.title}
                </Anchor>
                {alert.detail ? (
                  <Text fz="xs" c="dimmed" lineClamp={1}>
                    {alert.detail}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td fz="sm">{alert.ruleName}</Table.Td>
              <Table.Td fz="sm">{alert.subjectName || <Text span c="dimmed" fz="sm">Workspace</Text>}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge status={alert.status} />
              </Table.Td>
              <Table.Td fz="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(alert.createdAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
