import { Alert, Loader, Stack, Text, Timeline } from '@mantine/core';
import { IconCalendarEvent, IconHistory } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import { canDo } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import type { CrmRecord, EntityDef } from '../api/recordsApi';
import { useTimeline } from '../hooks/useRecord';
import { useSchema } from '../hooks/useSchema';
import { LogActivityForm } from './LogActivityForm';
import { TimelineEntry } from './TimelineEntry';

type RecordTimelineProps = { entity: EntityDef; record: CrmRecord };

/** Activities and changes of a record, newest first, with a quick "Log activity" form. */
export function RecordTimeline({ entity, record }: RecordTimelineProps) {
  const session = useSession();
  const schema = useSchema();
  // Record writes invalidate ['records', ...], which includes this timeline.
  const timeline = useTimeline(entity.name, record.id);
  const activities = schema.entity('activities');
  // Activities link to a record by relatedEntity + relatedId, or by a ref field to this entity.
  const related = activities?.fields.some((f) => f.name === 'relatedEntity' && f.options?.includes(entity.name));
  const direct = activities?.fields.find((f) => f.type === 'ref' && f.ref === entity.name);
  const link: Record<string, string> | null = related
    ? { relatedEntity: entity.name, relatedId: record.id }
    : direct ? { [direct.name]: record.id } : null;
  const fieldLabels = new Map(entity.fields.map((f) => [f.name, f.label]));

  return (
    <Stack gap="md">
      {activities && link && canDo(session, 'activities', 'create') && !record.deletedAt && (
        <LogActivityForm activities={activities} link={link} />
      )}
      {timeline.isPending ? (
        <Loader size="sm" />
      ) : timeline.isError ? (
        <Alert color="red" variant="light">{describeError(timeline.error)}</Alert>
      ) : timeline.data.length === 0 ? (
        <Text fz="sm" c="dimmed">Nothing yet. Log a call, meeting or note above; changes to this record appear here too.</Text>
      ) : (
        <Timeline bulletSize={26} lineWidth={2} data-testid="timeline">
          {timeline.data.map((item, i) => (
            <Timeline.Item
              key={`${item.at}-${i}`}
              bullet={item.kind === 'activity' ? <IconCalendarEvent size={14} /> : <IconHistory size={14} />}
              color={item.kind === 'activity' ? undefined : 'gray'}
            >
              <TimelineEntry item={item} fieldLabels={fieldLabels} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
