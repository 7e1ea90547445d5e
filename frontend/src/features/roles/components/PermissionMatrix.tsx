import { Select, Table, Text } from '@mantine/core';
import { actionLabel, entityLabel, SCOPE_HINTS, scopeLabel } from '@/lib/permissionLabels';
import type { Scope } from '@/lib/permissions';
import type { Matrix } from '../types/matrix';

type PermissionMatrixProps = {
  entities: readonly string[];
  actions: readonly string[];
  scopes: readonly string[];
  matrix: Matrix;
  readOnly?: boolean;
  onChange: (entity: string, action: string, scope: Scope) => void;
};

/** Rows = record types, columns = read/create/update/delete; each cell how far the role reaches. */
export function PermissionMatrix({ entities, actions, scopes, matrix, readOnly, onChange }: PermissionMatrixProps) {
  const data = scopes.map((scope) => ({ value: scope, label: scopeLabel(scope) }));
  return (
    <Table withTableBorder withColumnBorders verticalSpacing={6} horizontalSpacing="sm" data-testid="permission-matrix">
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
            {actions.map((action) => {
              const value = matrix[entity]?.[action] ?? 'none';
              return (
                <Table.Td key={action}>
                  <Select
                    size="xs"
                    data={data}
                    value={value}
                    allowDeselect={false}
                    disabled={readOnly}
                    aria-label={`${entityLabel(entity)} ${actionLabel(action)}`}
                    title={SCOPE_HINTS[value]}
                    styles={{ input: { fontWeight: value === 'none' ? 400 : 600 } }}
                    c={value === 'none' ? 'dimmed' : undefined}
                    onChange={(next) => next && onChange(entity, action, next as Scope)}
                  />
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
