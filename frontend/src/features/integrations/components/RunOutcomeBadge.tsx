import { Badge } from '@mantine/core';
import { outcomeStyle } from '../types/runFormat';

/** How a run ended: succeeded (teal), warnings (yellow), failed (red), cancelled (gray), running (blue). */
export function RunOutcomeBadge({ outcome }: { outcome: string }) {
  const { label, color } = outcomeStyle(outcome);
  return <Badge variant="light" color={color} radius="sm" style={{ maxWidth: 'none', flexShrink: 0 }} data-testid="run-outcome">{label}</Badge>;
}
