import { Badge, Table, Text, Tooltip } from '@mantine/core';
import { actionLabel, entityLabel, SCOPE_HINTS, scopeColor, scopeLabel } from '@/lib/permissionLabels';
import type { EffectiveAccess } from '../api/usersApi';

const ACTIONS = ['read', 'create', 'update', 'delete'];

/** Entities × actions, each cell the scope and which role grants it. */
export function AccessMatrixTable({ lines }: { lines: EffectiveAccess['lines'] }) {
  const all = lines ?? [];
  const entities = [...new Set(all.map((line) => line.entity))];
  const actions = [...new Set([...ACTIONS, ...all.map((line) => line.action)])].filter((a) => all.some((l) => l.action === a));
  const cell = (entity: string, action: string) => all.find((line) => line.entity === entity && line.action === action);

  return (
    <Table withTableBorder withColumnBorders verticalSpacing={6} data-testid="access-matrix">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Records</Table.Th>
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
              const line = cell(entity, action);
              const scope = line?.scope ?? 'none';
              const hint = SCOPE_HINTS[scope] ?? scope;
              return (
                <Table.Td key={action}>
                  <Tooltip label={line?.grantedBy ? `${hint} — granted by ${line.grantedBy}` : hint} withArrow>
                    <Badge variant={scope === 'none' ? 'outline' : 'light'} color={scopeColor(scope)} tt="none" radius="sm">
                      {scopeLabel(scope)}
                    </Badge>
                  </Tooltip>
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
