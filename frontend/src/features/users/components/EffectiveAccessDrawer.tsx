import { Alert, Badge, Drawer, Group, List, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import { userLabel } from '@/lib/session';
import type { User } from '../api/usersApi';
import { useEffectiveAccess } from '../hooks/useUsers';
import { AccessMatrixTable } from './AccessMatrixTable';

type EffectiveAccessDrawerProps = { user: User | null; onClose: () => void };

/** What a user may actually do, and which role grants it. */
export function EffectiveAccessDrawer({ user, onClose }: EffectiveAccessDrawerProps) {
  const access = useEffectiveAccess(user?.id ?? null);
  const data = access.data;
  return (
    <Drawer opened={user !== null} onClose={onClose} position="right" size={640} title={<Title order={3} fz="lg">Effective access</Title>}>
      {user ? (
        <Stack gap="lg">
          <Group gap="xs">
            <Text fw={600}>{userLabel(user)}</Text>
            <Text c="dimmed" fz="sm" ff="monospace">
              {user.username}
            </Text>
            <Badge variant="light" tt="none">
              {user.roleName}
            </Badge>
          </Group>
          {access.isPending ? <Skeleton h={240} /> : null}
          {access.isError ? <Alert color="red" variant="light">{describeError(access.error)}</Alert> : null}
          {data ? (
            <>
              <div>
                <Text fw={600} fz="sm" mb={4}>
                  Records
                </Text>
                <Text fz="xs" c="dimmed" mb="sm">
                  Hover a cell to see which role grants it.
                </Text>
                <AccessMatrixTable lines={data.lines} />
              </div>
              <div>
                <Text fw={600} fz="sm" mb="sm">
                  Advanced permissions
                </Text>
                <List spacing={6} fz="sm" center>
                  {(data.advanced ?? []).map((perm) => (
                    <List.Item
                      key={perm.key}
                      icon={
                        <ThemeIcon size={20} radius="xl" variant="light" color={perm.granted ? 'teal' : 'gray'}>
                          {perm.granted ? <IconCheck size={13} /> : <IconX size={13} />}
                        </ThemeIcon>
                      }
                    >
                      <Text span fz="sm" c={perm.granted ? undefined : 'dimmed'}>
                        {perm.label}
                      </Text>
                      {perm.granted && perm.grantedBy ? (
                        <Text span fz="xs" c="dimmed">
                          {' '}
                          — granted by {perm.grantedBy}
                        </Text>
                      ) : null}
                    </List.Item>
                  ))}
                </List>
              </div>
            </>
          ) : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}
