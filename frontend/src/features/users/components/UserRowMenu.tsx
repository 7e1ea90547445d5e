import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconShieldSearch, IconTrash, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import type { User } from '../api/usersApi';
import { isIntegration } from '../types/userKind';

export type UserAction = 'edit' | 'reset' | 'disable' | 'enable' | 'delete' | 'access';

type UserRowMenuProps = { user: User; isSelf: boolean; onAction: (action: UserAction) => void };

export function UserRowMenu({ user, isSelf, onAction }: UserRowMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal width={220}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.username}`}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={15} />} onClick={() => onAction('edit')}>
          Edit
        </Menu.Item>
        <Menu.Item leftSection={<IconShieldSearch size={15} />} onClick={() => onAction('access')}>
          Effective access
        </Menu.Item>
        {/* an integration has a token, not a password: Admin → Integrations gives it a new one */}
        <Menu.Item leftSection={<IconKey size={15} />} onClick={() => onAction('reset')} disabled={user.disabled || isSelf || isIntegration(user)}>
          Reset password
        </Menu.Item>
        <Menu.Divider />
        {user.disabled ? (
          <Menu.Item leftSection={<IconUserCheck size={15} />} onClick={() => onAction('enable')}>
            Enable
          </Menu.Item>
        ) : (
          <Menu.Item leftSection={<IconUserOff size={15} />} onClick={() => onAction('disable')} disabled={isSelf}>
            Disable
          </Menu.Item>
        )}
        <Menu.Item color="red" leftSection={<IconTrash size={15} />} onClick={() => onAction('delete')} disabled={isSelf}>
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
