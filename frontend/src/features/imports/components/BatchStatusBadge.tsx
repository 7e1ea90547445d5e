import { Badge, Tooltip } from '@mantine/core';
import { batchStatusStyle, formatWhen } from '../types/importFormat';
import type { ImportBatch } from '../types/importTypes';

/** A past import's status; a reverted one says when and by whom, a failed one why. */
export function BatchStatusBadge({ batch }: { batch: Pick<ImportBatch, 'status' | 'message' | 'revertedAt' | 'revertedBy'> }) {
  const { label, color } = batchStatusStyle(batch.status);
  const badge = <Badge variant="light" color={color} radius="sm" style={{ maxWidth: 'none' }}>{label}</Badge>;
  const detail =
    batch.status === 'reverted'
      ? `Reverted ${formatWhen(batch.revertedAt)}${batch.revertedBy ? ` by ${batch.revertedBy}` : ''}`
      : batch.status === 'failed' || batch.status === 'cancelled'
        ? batch.message
        : '';
  return detail ? <Tooltip label={detail} multiline maw={320}>{badge}</Tooltip> : badge;
}
