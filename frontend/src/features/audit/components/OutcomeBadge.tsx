import { Badge } from '@mantine/core';
import { OUTCOMES, termOf } from '../types/auditVocab';

/** An entry's outcome: success quiet, denied and failed loud. */
export function OutcomeBadge({ outcome }: { outcome: string }) {
  const term = termOf(OUTCOMES, outcome);
  return <Badge variant={outcome === 'success' ? 'light' : 'filled'} color={term.color} tt="none" radius="sm">{term.label}</Badge>;
}
