import { Alert, Anchor, Group, List, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useDuplicateCheck } from '../hooks/useDuplicateCheck';
import { recordPath } from '../types/duplicateRoutes';
import { ReasonBadge } from './ReasonBadge';

type DuplicateWarningProps = {
  /** The entity of the form ("contacts"); entities without duplicate rules show nothing. */
  entity: string;
  /** The form's current values, as RecordInput.values carries them. */
  values: Record<string, unknown>;
  /** The record being edited (left out of the matches); none while creating. */
  recordId?: string;
};

/**
 * The record form's duplicate warning: while the person types (checked
 * once typing pauses), records they can read that look like the same
 * person or company, each linking to its page. Saving is never blocked.
 */
export function DuplicateWarning({ entity, values, recordId }: DuplicateWarningProps) {
  const candidates = useDuplicateCheck(entity, values, recordId);
  if (candidates.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconCopy size={18} />} title="This may be a duplicate of:" data-testid="duplicate-warning">
      <List size="sm" spacing={4} listStyleType="none">
        {candidates.map((c) => (
          <List.Item key={c.id}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={recordPath(entity, c.id)} fz="sm" fw={600}>
                {c.title || '(untitled)'}
                {c.subtitle ? <Text span fz="sm" c="dimmed" fw={400}>{` (${c.subtitle})`}</Text> : null}
              </Anchor>
              <ReasonBadge reason={c.reason} score={c.score} size="sm" />
            </Group>
          </List.Item>
        ))}
      </List>
      <Text fz="xs" c="dimmed" mt={6}>Open one to check, or save anyway; duplicates can be merged later under Duplicates.</Text>
    </Alert>
  );
}
