import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLock, IconShieldLock } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';
import { useLockWorkspace } from '../hooks/useLockWorkspace';

type UserMenuProps = { status: WorkspaceStatus };

function initials(name: string): string {
  const letters = name
    .split(/[\s._-]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? '');
  return letters.slice(0, 2).join('') || '?';
}

/** The signed-in user (the OS account for now) with the lock action. */
export function UserMenu({ status }: UserMenuProps) {
  const navigate = useNavigate();
  const lock = useLockWorkspace();
  const user = status.osUser || 'user';
  const identity = status.hostname ? `${user}@${status.hostname}` : user;

  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`Signed in as ${identity}`} px={6} py={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={30} radius="xl" color="vault" variant="light">
              {initials(user)}
            </Avatar>
            <Text fz="sm" fw={500} visibleFrom="sm" maw={180} truncate>
              {identity}
            </Text>
            <IconChevronDown size={14} stroke={1.6} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as</Menu.Label>
        <Text px="sm" pb={6} fz="sm" fw={500} truncate title={identity}>
          {identity}
        </Text>
        <Menu.Divider />
        <Menu.Item leftSection={<IconShieldLock size={16} />} onClick={() => navigate('/admin')}>
          Workspace security
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLock size={16} />}
          onClick={() => lock.mutate()}
          disabled={lock.isPending}
        >
          Lock workspace
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
