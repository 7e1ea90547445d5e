import { Badge, Tooltip } from '@mantine/core';
import { reasonInfo } from '../types/reasons';

/** Why records look like duplicates: "Same email", "Similar name (92%)". */
export function ReasonBadge({ reason, score, size = 'md' }: { reason: string; score: number; size?: 'sm' | 'md' }) {
  const info = reasonInfo(reason, score);
  return (
    <Tooltip label={info.detail} withArrow openDelay={300}>
      <Badge size={size} variant="light" color={info.exact ? 'orange' : 'grape'} tt="none" fw={600} style={{ flexShrink: 0 }}>
        {info.label}
      </Badge>
    </Tooltip>
  );
}
