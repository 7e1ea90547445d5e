import { Alert, Badge, Button, Card, DataList, Group, Skeleton, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh, IconShieldCheck } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import { useAuditIntegrity } from '../hooks/useAuditIntegrity';

function formatTime(value: string): string {
  if (!value) return 'No checkpoint yet';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString();
}

/** Whether the hash chain and signed checkpoints of the audit log are intact. */
export function AuditIntegrityCard() {
  const integrity = useAuditIntegrity();
  const data = integrity.data;
  const checking = integrity.isFetching;

  let badge = <Badge variant="light" color="gray" tt="none">Checking…</Badge>;
  if (data && !checking) {
    badge = data.ok ? (
      <Badge variant="light" color="teal" tt="none" leftSection={<IconShieldCheck size={12} />}>Intact</Badge>
    ) : (
      <Badge variant="light" color="red" tt="none" leftSection={<IconAlertTriangle size={12} />}>Broken</Badge>
    );
  }

  const facts: Array<[string, string]> = data
    ? [
        ['Entries', data.entries.toLocaleString()],
        ['Verified up to', data.verifiedUpTo > 0 ? `Entry #${data.verifiedUpTo.toLocaleString()}` : '—'],
        ['Last checkpoint', formatTime(data.lastCheckpointAt)],
      ]
    : [];

  return (
    <Card withBorder padding="lg" radius="md" maw={640} data-testid="audit-integrity">
      <Group justify="space-between" mb={4}>
        <Title order={3} fz="md">
          Audit log integrity
        </Title>
        {badge}
      </Group>
      <Text fz="sm" c="dimmed" mb="md">
        Every entry is chained to the one before by a hash, and checkpoints are signed, so an edited, removed or
        reordered entry shows up here.
      </Text>
      {integrity.isPending ? <Skeleton h={96} /> : null}
      {data ? (
        <DataList size="sm" labelWidth="150px" withDivider>
          {facts.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
              <DataList.ItemValue fw={500}>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      ) : null}
      {data && !data.ok && data.problem ? (
        <Alert mt="md" color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The chain is broken">
          {data.problem}
        </Alert>
      ) : null}
      {integrity.isError ? (
        <Alert mt="md" color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
          {describeError(integrity.error)}
        </Alert>
      ) : null}
      <Group mt="md">
        <Button variant="default" leftSection={<IconRefresh size={16} />} loading={checking} onClick={() => integrity.refetch()}>
          Verify now
        </Button>
      </Group>
    </Card>
  );
}
