import { Badge } from '@mantine/core';
import { outcomeStyle } from '../types/importFormat';

/** What happened (or would) to the row of a problem line. */
export function ProblemOutcomeBadge({ outcome }: { outcome: string }) {
  const { label, color } = outcomeStyle(outcome);
  return <Badge variant="light" color={color} size="sm" radius="sm">{label}</Badge>;
}
