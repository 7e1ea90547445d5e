import { Alert, Button, Card, Group, Skeleton, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useSession } from '@/lib/session';
import type { User } from '../api/usersApi';
import { useRoleOptions, useTeamOptions, useUsers } from '../hooks/useUsers';
import { AddUserModal } from './AddUserModal';
import { EditUserModal } from './EditUserModal';
import { EffectiveAccessDrawer } from './EffectiveAccessDrawer';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserConfirmModal } from './UserConfirmModal';
import type { UserAction } from './UserRowMenu';
import { UsersTable } from './UsersTable';

/** Admin → Users: who can sign in, with which role and teams. */
export function UsersPanel() {
  const users = useUsers();
  const roles = useRoleOptions();
  const teams = useTeamOptions();
  const selfId = useSession()?.user.id ?? '';
  const [adding, setAdding] = useState(false);
  const [active, setActive] = useState<{ user: User; action: UserAction } | null>(null);
  const close = () => setActive(null);

  const roleList = roles.data ?? [];
  const teamList = teams.data ?? [];
  const error = users.error ?? roles.error ?? teams.error;

  return (
    <Card withBorder padding="lg" radius="md">
      <Group justify="space-between" mb="md">
        <div>
          <Text fw={600}>Users</Text>
          <Text fz="sm" c="dimmed">
            Everyone who signs in to this workspace. New users choose their own password at first sign-in.
          </Text>
        </div>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)} disabled={!roles.data}>
          Add user
        </Button>
      </Group>
      {error ? <Alert color="red" variant="light" mb="md">{describeError(error)}</Alert> : null}
      {users.isPending ? <Skeleton h={160} /> : null}
      {users.data ? (
        <UsersTable users={users.data} teams={teamList} selfId={selfId} onAction={(user, action) => setActive({ user, action })} />
      ) : null}

      <AddUserModal opened={adding} roles={roleList} teams={teamList} onClose={() => setAdding(false)} />
      {active?.action === 'edit' ? (
        <EditUserModal user={active.user} isSelf={active.user.id === selfId} roles={roleList} teams={teamList} onClose={close} />
      ) : null}
      {active?.action === 'reset' ? <ResetPasswordModal user={active.user} onClose={close} /> : null}
      {active && (active.action === 'disable' || active.action === 'enable' || active.action === 'delete') ? (
        <UserConfirmModal user={active.user} action={active.action} onClose={close} />
      ) : null}
      <EffectiveAccessDrawer user={active?.action === 'access' ? active.user : null} onClose={close} />
    </Card>
  );
}
