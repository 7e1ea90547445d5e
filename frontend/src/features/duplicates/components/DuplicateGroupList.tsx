import { Button, Center, Stack } from '@mantine/core';
import { useState } from 'react';
import type { DuplicateGroup } from '../types/duplicateTypes';
import { DuplicateGroupCard } from './DuplicateGroupCard';

/** Groups shown at first and per "Show more" (a scan returns up to 2,000). */
export const GROUP_PAGE = 50;

type DuplicateGroupListProps = {
  entity: string;
  groups: readonly DuplicateGroup[];
  mergeBlocked?: string;
  onReview: (group: DuplicateGroup) => void;
};

/** The groups of a scan, best first, a page at a time. */
export function DuplicateGroupList({ entity, groups, mergeBlocked, onReview }: DuplicateGroupListProps) {
  const [shown, setShown] = useState(GROUP_PAGE);
  return (
    <Stack gap="xs" role="list" aria-label="Duplicate groups">
      {groups.slice(0, shown).map((group) => (
        <DuplicateGroupCard key={group.records.map((r) => r.id).join('+')} entity={entity} group={group} mergeBlocked={mergeBlocked}
          onReview={() => onReview(group)} />
      ))}
      {groups.length > shown ? (
        <Center>
          <Button variant="subtle" onClick={() => setShown((n) => n + GROUP_PAGE)}>
            Show {Math.min(GROUP_PAGE, groups.length - shown)} more of {groups.length - shown}
          </Button>
        </Center>
      ) : null}
    </Stack>
  );
}
