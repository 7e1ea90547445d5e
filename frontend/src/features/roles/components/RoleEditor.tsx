import { Alert, Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconDeviceFloppy, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import type { PermissionCatalog, Role } from '../api/rolesApi';
import { useSaveRolePermissions } from '../hooks/useRoles';
import { grantsToMatrix, matrixToGrants, sameMatrix, sameSet, type Matrix } from '../types/matrix';
import { AdvancedPermissionList } from './AdvancedPermissionList';
import { PermissionMatrix } from './PermissionMatrix';
import { RoleActions } from './RoleActions';

type RoleEditorProps = { role: Role; catalog: PermissionCatalog; onDeleted: () => void };

const ADMINISTRATOR_ID = 'administrator';

/** One role: what it may do with each record type, plus advanced permissions. */
export function RoleEditor({ role, catalog, onDeleted }: RoleEditorProps) {
  const saved = grantsToMatrix(role.grants, catalog.entities, catalog.actions);
  const [matrix, setMatrix] = useState<Matrix>(saved);
  const [advanced, setAdvanced] = useState<string[]>(role.advanced ?? []);
  const save = useSaveRolePermissions();
  const readOnly = role.id === ADMINISTRATOR_ID;
  const dirty = !sameMatrix(matrix, saved) || !sameSet(advanced, role.advanced ?? []);

  const setCell = (entity: string, action: string, scope: Matrix[string][string]) =>
    setMatrix((current) => ({ ...current, [entity]: { ...current[entity], [action]: scope } }));

  const discard = () => {
    setMatrix(saved);
    setAdvanced(role.advanced ?? []);
    save.reset();
  };

  return (
    <Card withBorder padding="lg" radius="md">
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <div>
          <Group gap="xs">
            <Title order={3} fz="lg">
              {role.name}
            </Title>
            {role.builtin ? <Badge variant="light" color="gray" tt="none">Built-in</Badge> : null}
          </Group>
          <Text fz="sm" c="dimmed">
            {role.description || 'No description.'}
          </Text>
          <Text fz="xs" c="dimmed" mt={2}>
            {role.userCount === 0 ? 'Nobody holds this role.' : `${role.userCount} ${role.userCount === 1 ? 'user holds' : 'users hold'} this role.`}
          </Text>
        </div>
        <RoleActions role={role} onDeleted={onDeleted} />
      </Group>

      {readOnly ? (
        <Alert variant="light" color="gray" icon={<IconLock size={18} />} mb="md" title="Administrator always holds every permission">
          So the workspace can never lock its administrators out, this role cannot be narrowed. To give someone less,
          create a new role — “Copy from Administrator” is a good start — and take away what they don’t need.
        </Alert>
      ) : null}

      <Stack gap="lg">
        <div>
          <Text fw={600} fz="sm" mb={4}>
            Records
          </Text>
          <Text fz="xs" c="dimmed" mb="sm">
            Own = records they own · Team = records owned by anyone in their teams · All = every record.
          </Text>
          <PermissionMatrix
            entities={catalog.entities}
            actions={catalog.actions}
            scopes={catalog.scopes}
            matrix={matrix}
            readOnly={readOnly}
            onChange={setCell}
          />
        </div>
        <Divider />
        <div>
          <Text fw={600} fz="sm" mb="sm">
            Advanced permissions
          </Text>
          <AdvancedPermissionList catalog={catalog.advanced} value={advanced} readOnly={readOnly} onChange={setAdvanced} />
        </div>
        {save.isError ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="Not saved">
            {describeError(save.error)}
            {Object.values(toAppError(save.error).fields ?? {}).map((reason) => (
              <Text key={reason} fz="sm" mt={4}>
                {reason}
              </Text>
            ))}
          </Alert>
        ) : null}
        {!readOnly ? (
          <Group>
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={!dirty}
              loading={save.isPending}
              onClick={() => save.mutate({ roleId: role.id, grants: matrixToGrants(matrix), advanced })}
            >
              Save permissions
            </Button>
            {dirty ? (
              <Button variant="subtle" color="gray" onClick={discard} disabled={save.isPending}>
                Discard changes
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
