import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { describeError } from '@/lib/errors';
import { PERMS, hasPermission } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import { RECORD_AUDIT_LIMIT, useRecordAudit } from '../hooks/useRecordAudit';
import { actorLabel, formatAuditTime, formatListTime, verbLabel } from '../types/auditFormat';
import { objectTypeOf } from '../types/auditVocab';
import { OutcomeBadge } from './OutcomeBadge';

type RecordAuditPanelProps = { entity: string; recordId: string };

/**
 * "Who viewed or changed this" on a record page: the newest entries about the
 * record, with a link to all of them in the audit log. Renders nothing for
 * people without audit.view.
 */
export function RecordAuditPanel({ entity, recordId }: RecordAuditPanelProps) {
  const session = useSession();
  const allowed = hasPermission(session, PERMS.auditView);
  const objectType = objectTypeOf(entity);
  const entries = useRecordAudit(objectType, recordId, allowed);
  const titleId = useId();
  if (!allowed) return null;
  const link = `/audit?${new URLSearchParams({ objectType, objectId: recordId })}`;

  return (
    <Paper withBorder radius="md" p="lg" mt="lg" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="md" id={titleId}>Who viewed or changed this</Title>
        <Anchor component={Link} to={link} fz="sm">Open in audit log</Anchor>
      </Group>
      {entries.isPending ? (
        <Skeleton h={60} />
      ) : entries.isError ? (
        <Text fz="sm" c="dimmed">{describeError(entries.error)}</Text>
      ) : entries.data.length === 0 ? (
        <Text fz="sm" c="dimmed">Nobody has opened or changed this record yet.</Text>
      ) : (
        <Stack gap={6} data-testid="record-audit">
          {entries.data.map((row) => (
            <Group key={row.seq} gap="xs" wrap="nowrap" justify="space-between">
              <Group gap={6} wrap="nowrap" miw={0}>
                <Text fz="sm" truncate="end">
                  <Text span fz="sm" fw={500}>{actorLabel(row)}</Text> {verbLabel(row.action)}
                </Text>
                {row.outcome !== 'success' && <OutcomeBadge outcome={row.outcome} />}
              </Group>
              <Text fz="xs" c="dimmed" style={{ flexShrink: 0 }} title={formatAuditTime(row.at)}>{formatListTime(row.at)}</Text>
            </Group>
          ))}
          {entries.data.length >= RECORD_AUDIT_LIMIT && (
            <Text fz="xs" c="dimmed">The newest {RECORD_AUDIT_LIMIT}; the audit log has the rest.</Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
