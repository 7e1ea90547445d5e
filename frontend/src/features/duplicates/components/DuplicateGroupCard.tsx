import { Anchor, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { Link } from 'react-router';
import { recordPath } from '../types/duplicateRoutes';
import type { DuplicateGroup } from '../types/duplicateTypes';
import { ReasonBadge } from './ReasonBadge';

/** How many of a group's records its card lists. */
const SHOWN_RECORDS = 5;

type DuplicateGroupCardProps = {
  entity: string;
  group: DuplicateGroup;
  /** Why merging is not offered (no permission); undefined when it is. */
  mergeBlocked?: string;
  onReview: () => void;
};

/** One group of likely duplicates: its records (links), why they match, and "Review & merge". */
export function DuplicateGroupCard({ entity, group, mergeBlocked, onReview }: DuplicateGroupCardProps) {
  // a chain of matches can join very many records: the card shows a few
  const shown = group.records.slice(0, SHOWN_RECORDS);
  const size = Math.max(group.size ?? 0, group.records.length);
  const label = shown.map((r) => r.title || '(untitled)').join(' / ');
  const review = (
    <Button variant="light" size="xs" leftSection={<IconGitMerge size={14} />} onClick={onReview} disabled={!!mergeBlocked}>
      Review & merge
    </Button>
  );
  return (
    <Paper withBorder radius="md" px="md" py="sm" role="listitem" aria-label={label}>
      <Group justify="space-between" wrap="nowrap" align="center">
        <Stack gap={4} miw={0}>
          {shown.map((r) => (
            <Group key={r.id} gap={8} wrap="nowrap" miw={0}>
              <Anchor component={Link} to={recordPath(entity, r.id)} fz="sm" fw={600} truncate="end" maw={320}>
                {r.title || '(untitled)'}
              </Anchor>
              {r.subtitle ? <Text fz="sm" c="dimmed" truncate="end">{r.subtitle}</Text> : null}
            </Group>
          ))}
          {size > shown.length ? <Text fz="xs" c="dimmed">and {size - shown.length} more</Text> : null}
        </Stack>
        <Group gap="sm" wrap="nowrap">
          {size > 2 ? <Text fz="xs" c="dimmed">{size} records</Text> : null}
          <ReasonBadge reason={group.reason} score={group.score} />
          {mergeBlocked ? <Tooltip label={mergeBlocked} withArrow><span>{review}</span></Tooltip> : review}
        </Group>
      </Group>
    </Paper>
  );
}
