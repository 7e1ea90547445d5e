import { Badge, Tooltip } from '@mantine/core';
import { EntityActionTable } from '@/components/EntityActionTable';
import { SCOPE_HINTS, scopeColor, scopeLabel } from '@/lib/permissionLabels';
import type { EffectiveAccess } from '../api/usersApi';

const ACTIONS = ['read', 'create', 'update', 'delete'];

/** Entities × actions, each cell the scope and which role grants it. */
export function AccessMatrixTable({ lines }: { lines: EffectiveAccess['lines'] }) {
  const all = lines ?? [];
  const entities = [...new Set(all.map((line) => line.entity))];
  const actions = [...new Set([...ACTIONS, ...all.map((line) => line.action)])].filter((a) => all.some((l) => l.action === a));
  const cell = (entity: string, action: string) => all.find((line) => line.entity === entity && line.action === action);

  return (
    <EntityActionTable
      entities={entities}
      actions={actions}
      testId="access-matrix"
      renderCell={(entity, action) => {
        const line = cell(entity, action);
        const scope = line?.scope ?? 'none';
        const hint = SCOPE_HINTS[scope] ?? scope;
        return (
          <Tooltip label={line?.grantedBy ? `${hint} — granted by ${line.grantedBy}` : hint} withArrow>
            <Badge variant={scope === 'none' ? 'outline' : 'light'} color={scopeColor(scope)} tt="none" radius="sm">
              {scopeLabel(scope)}
            </Badge>
          </Tooltip>
        );
      }}
    />
  );
}
