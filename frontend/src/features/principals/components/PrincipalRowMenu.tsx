import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconPlugConnected, IconPlugConnectedX, IconTrash } from '@tabler/icons-react';
import type { Principal } from '../api/principalsApi';

export type PrincipalAction = 'rotate' | 'disable' | 'enable' | 'delete';

type PrincipalRowMenuProps = { principal: Principal; onAction: (action: PrincipalAction) => void };

export function PrincipalRowMenu({ principal, onAction }: PrincipalRowMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal width={200}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${principal.username}`}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconKey size={15} />} onClick={() => onAction('rotate')} disabled={principal.disabled}>
          New token
        </Menu.Item>
        <Menu.Divider />
        {principal.disabled ? (
          <Menu.Item leftSection={<IconPlugConnected size={15} />} onClick={() => onAction('enable')}>
            Enable
          </Menu.Item>
        ) : (
          <Menu.Item leftSection={<IconPlugConnectedX size={15} />} onClick={() => onAction('disable')}>
            Disable
          </Menu.Item>
        )}
        <Menu.Item color="red" leftSection={<IconTrash size={15} />} onClick={() => onAction('delete')}>
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
