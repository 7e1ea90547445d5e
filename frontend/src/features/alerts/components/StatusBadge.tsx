import { Badge } from '@mantine/core';
import { statusMeta } from '../types/alertMeta';

/** An alert's workflow status as a badge (data-status carries the raw value for tests). */
export function StatusBadge({ status }: { status: string }) {
  const meta = statusMeta(status);
  return (
    <Badge color={meta.color} variant="dot" radius="sm" tt="none" data-status={status}>
      {meta.label}
    </Badge>
  );
}
