import { Badge, Tooltip } from '@mantine/core';
import type { User } from '../api/usersApi';
import { formatSignIn, USER_STATUS_META, userStatus } from '../types/userStatus';

export function UserStatusBadge({ user }: { user: User }) {
  const status = userStatus(user);
  const meta = USER_STATUS_META[status];
  const badge = (
    <Badge variant="light" color={meta.color} tt="none" radius="sm">
      {meta.label}
    </Badge>
  );
  if (status !== 'locked') return badge;
  return (
    <Tooltip label={`Too many failed sign-ins. Locked until ${formatSignIn(user.lockedUntil)}.`} withArrow>
      {badge}
    </Tooltip>
  );
}
