import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLock, IconLogout } from '@tabler/icons-react';
import type { SessionInfo } from '@/lib/permissions';
import { useLockWorkspace, userLabel, useSignOut } from '@/lib/session';
import { ChangePasswordModal } from './ChangePasswordModal';

type UserMenuProps = { session: SessionInfo };

function initials(name: string): string {
  const letters = name
    .split(/[\s._@-]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? '');
  return letters.slice(0, 2).join('') || '?';
}

/** The signed-in user and role, with change password, sign out and lock. */
export function UserMenu({ session }: UserMenuProps) {
  const [passwordOpen, password] = useDisclosure(false);
  const signOut = useSignOut();
  const lock = useLockWorkspace();
  const name = userLabel(session.user);
  const role = session.user.roleName;

  return (
    <>
      <Menu position="bottom-end" width={260} shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={`Signed in as ${name}`} px={6} py={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
            <Group gap={8} wrap="nowrap">
              <Avatar size={32} radius="xl" color="vault" variant="light">
                {initials(name)}
              </Avatar>
              <Stack gap={0} visibleFrom="sm" maw={180}>
                <Text fz="sm" fw={600} truncate lh={1.25}>
                  {name}
                </Text>
                <Text fz="xs" c="dimmed" truncate lh={1.25}>
                  {role}
                </Text>
              </Stack>
              <IconChevronDown size={14} stroke={1.6} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Signed in as</Menu.Label>
          <Stack gap={0} px="sm" pb={6}>
            <Text fz="sm" fw={600} truncate title={name}>
              {name}
            </Text>
            <Text fz="xs" c="dimmed" truncate>
              {session.user.username} · {role}
            </Text>
          </Stack>
          <Menu.Divider />
          <Menu.Item leftSection={<IconKey size={16} />} onClick={password.open}>
            Change password
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            Sign out
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconLock size={16} />} onClick={() => lock.mutate()} disabled={lock.isPending}>
            Lock workspace
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={passwordOpen} onClose={password.close} />
    </>
  );
}
