import { Table, Text } from '@mantine/core';
import type { Accessor } from '../api/alertsApi';

/** Users who viewed or exported the most records in the period. */
export function TopAccessorsTable({ rows }: { rows: readonly Accessor[] }) {
  return (
    <Table verticalSpacing={6} aria-label="Top data accessors">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>User</Table.Th>
          <Table.Th ta="right">Records viewed</Table.Th>
          <Table.Th ta="right">Rows exported</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.userId}>
            <Table.Td>
              <Text fz="sm">{row.username || row.userId}</Text>
            </Table.Td>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {row.views.toLocaleString()}
            </Table.Td>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {row.exported.toLocaleString()}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
