import { Alert as Callout, Divider, Drawer, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import { useAlert } from '../hooks/useAlerts';
import { AlertFacts } from './AlertFacts';
import { AlertHistory } from './AlertHistory';
import { AlertWorkflow } from './AlertWorkflow';
import { EvidenceList } from './EvidenceList';
import { SeverityBadge } from './SeverityBadge';
import { StatusBadge } from './StatusBadge';

type AlertDrawerProps = { id: string | null; onClose: () => void };

/** One alert: what fired and about whom, its evidence in the audit log, the workflow and its history. */
export function AlertDrawer({ id, onClose }: AlertDrawerProps) {
  const alert = useAlert(id);
  const data = alert.data;
  return (
    <Drawer
      opened={Boolean(id)}
      onClose={onClose}
      position="right"
      size={540}
      title={data?.title ?? 'Alert'}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {alert.isPending && id ? <Skeleton h={320} /> : null}
      {alert.isError ? (
        <Callout color="red" variant="light" icon={<IconAlertCircle size={18} />} title="The alert could not be loaded">
          {describeError(alert.error)}
        </Callout>
      ) : null}
      {data ? (
        <Stack gap="lg">
          <Group gap="xs">
            <SeverityBadge severity={data.severity} />
            <StatusBadge status={data.status} />
          </Group>
          {data.detail ? <Text fz="sm">{data.detail}</Text> : null}
          <AlertFacts alert={data} />
          <Divider />
          <EvidenceList seqs={data.evidence} />
          <Divider />
          <AlertWorkflow key={`${data.id}:${data.status}`} alert={data} />
          <AlertHistory comments={data.comments} />
        </Stack>
      ) : null}
    </Drawer>
  );
}
