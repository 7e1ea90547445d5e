import { Select } from '@mantine/core';
import { EntityActionTable } from '@/components/EntityActionTable';
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
    <EntityActionTable
      entities={entities}
      actions={actions}
      testId="permission-matrix"
      renderCell={(entity, action) => {
        const value = matrix[entity]?.[action] ?? 'none';
        return (
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
        );
      }}
    />
  );
}
