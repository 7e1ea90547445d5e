import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { actionLabel, entityLabel } from '@/lib/permissionLabels';

type EntityActionTableProps = {
  entities: readonly string[];
  actions: readonly string[];
  /** The content of one entity × action cell. */
  renderCell: (entity: string, action: string) => ReactNode;
  testId?: string;
};

/** Rows = record types, columns = read/create/update/delete: the frame of every permission matrix. */
export function EntityActionTable({ entities, actions, renderCell, testId }: EntityActionTableProps) {
  return (
    <Table withTableBorder withColumnBorders verticalSpacing={6} horizontalSpacing="sm" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={160}>Records</Table.Th>
          {actions.map((action) => (
            <Table.Th key={action}>{actionLabel(action)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entities.map((entity) => (
          <Table.Tr key={entity}>
            <Table.Td>
              <Text fz="sm" fw={500}>
                {entityLabel(entity)}
              </Text>
            </Table.Td>
            {actions.map((action) => (
              <Table.Td key={action}>{renderCell(entity, action)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
