import { Badge } from '@mantine/core';
import { useOpenAlertCount } from '../hooks/useOpenAlertCount';
import { badgeAriaLabel, badgeLabel } from '../types/badgeCount';

/** The open-alerts count beside the Security nav link; nothing when there are none (or it cannot be read). */
export function OpenAlertsBadge() {
  const count = useOpenAlertCount();
  const label = badgeLabel(count.data);
  if (!label || count.data === undefined) return null;
  return (
    <Badge size="sm" color="red" variant="filled" circle={label.length === 1} data-testid="open-alerts-badge" aria-label={badgeAriaLabel(count.data)}>
      {label}
    </Badge>
  );
}
