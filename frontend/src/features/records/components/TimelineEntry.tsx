import { Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TimelineItem } from '../api/recordsApi';
import { MASK } from '../types/fieldSchema';
import { formatDateTime, formatPlain, recordPath } from '../types/format';

type TimelineEntryProps = { item: TimelineItem; fieldLabels: ReadonlyMap<string, string> };

const shown = (value: unknown, masked: boolean) => (masked || value === MASK ? 'hidden' : `“${formatPlain(value)}”`);

/** The body of one timeline line: an activity, or an audit entry with its field changes. */
export function TimelineEntry({ item, fieldLabels }: TimelineEntryProps) {
  const changes = item.changes ?? [];
  return (
    <Stack gap={4}>
      {item.kind === 'activity' && item.refId ? (
        <Anchor component={Link} to={recordPath('activities', item.refId)} fz="sm" fw={600}>{item.title}</Anchor>
      ) : (
        <Text fz="sm" fw={600}>{item.title}</Text>
      )}
      {item.detail && <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.detail}</Text>}
      {changes.length > 0 && (
        <List size="sm" spacing={2} data-testid="timeline-changes">
          {changes.map((c) => (
            <List.Item key={c.field}>
              <Text span fz="sm">
                {item.actor || 'Someone'} changed <b>{fieldLabels.get(c.field) ?? c.field}</b> from {shown(c.before, c.masked)} to{' '}
                {shown(c.after, c.masked)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      <Text fz="xs" c="dimmed">
        {item.actor ? `${item.actor} · ` : ''}
        {formatDateTime(item.at)}
      </Text>
    </Stack>
  );
}
