import { Alert, Anchor, Button, Divider, Drawer, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { describeError } from '@/lib/errors';
import { useAuditEntry } from '../hooks/useAuditEntry';
import { formatAuditTime, objectLabel } from '../types/auditFormat';
import { recordPathOf } from '../types/auditVocab';
import { AuditEntryOrigin } from './AuditEntryOrigin';
import { AuditFieldChanges } from './AuditFieldChanges';
import { AuditHashes } from './AuditHashes';
import { CategoryBadge } from './CategoryBadge';
import { OutcomeBadge } from './OutcomeBadge';

type AuditDetailDrawerProps = {
  seq: number | null;
  onClose: () => void;
  /** Narrows the list to entries about the same object. */
  onFilterObject: (objectType: string, objectId: string) => void;
};

const Section = ({ title }: { title: string }) => <Title order={4} fz="sm" mt="xs">{title}</Title>;

/** One entry in full: what happened, who and where, field changes, and its hashes. Opened by ?seq=N. */
export function AuditDetailDrawer({ seq, onClose, onFilterObject }: AuditDetailDrawerProps) {
  const entry = useAuditEntry(seq);
  const data = entry.data;
  const recordPath = data ? recordPathOf(data.objectType, data.objectId) : null;
  return (
    <Drawer opened={seq !== null} onClose={onClose} position="right" size="lg" title={seq !== null ? `Audit entry #${seq.toLocaleString('en-US')}` : ''}>
      {entry.isPending && seq !== null && <Skeleton h={240} />}
      {entry.isError && (
        <Alert color="red" variant="light" title="Could not open the entry">{describeError(entry.error)}</Alert>
      )}
      {data && (
        <Stack gap="sm" data-testid="audit-entry">
          <Group gap="xs">
            <Text fw={600} ff="monospace">{data.action}</Text>
            <CategoryBadge category={data.category} />
            <OutcomeBadge outcome={data.outcome} />
          </Group>
          <Text fz="sm" c="dimmed">{formatAuditTime(data.at)}</Text>
          {data.reason && <Alert variant="light" color={data.outcome === 'success' ? 'gray' : 'orange'} p="xs">{data.reason}</Alert>}
          <Group gap="xs" wrap="wrap">
            <Text fz="sm">
              About:{' '}
              {recordPath ? <Anchor component={Link} to={recordPath} fz="sm">{objectLabel(data)}</Anchor> : objectLabel(data)}
              {data.objectType && <Text span c="dimmed" fz="xs"> ({data.objectType}{data.objectId ? ` ${data.objectId}` : ''})</Text>}
            </Text>
            {data.objectType && data.objectId && (
              <Button size="compact-xs" variant="subtle" leftSection={<IconFilter size={12} />} onClick={() => onFilterObject(data.objectType, data.objectId)}>
                All entries about it
              </Button>
            )}
          </Group>
          {data.rows > 0 && <Text fz="sm">Rows: {data.rows.toLocaleString('en-US')}</Text>}
          <Divider />
          <Section title="Who and where" />
          <AuditEntryOrigin entry={data} />
          <Section title="Field changes" />
          <AuditFieldChanges changes={data.fieldDiffs} />
          <Section title="Hash chain" />
          <AuditHashes entry={data} />
        </Stack>
      )}
    </Drawer>
  );
}
