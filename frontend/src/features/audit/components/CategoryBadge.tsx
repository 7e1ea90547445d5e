import { Badge } from '@mantine/core';
import { CATEGORIES, termOf } from '../types/auditVocab';

/** An entry's category as a coloured badge. */
export function CategoryBadge({ category }: { category: string }) {
  const term = termOf(CATEGORIES, category);
  return <Badge variant="light" color={term.color} tt="none" radius="sm">{term.label}</Badge>;
}
