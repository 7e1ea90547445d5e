import { Badge } from '@mantine/core';
import { severityMeta } from '../types/alertMeta';

/** An alert or rule severity as a colored badge. */
export function SeverityBadge({ severity }: { severity: string }) {
  const meta = severityMeta(severity);
  return (
    <Badge color={meta.color} variant={severity === 'critical' ? 'filled' : 'light'} radius="sm" tt="none">
      {meta.label}
    </Badge>
  );
}
