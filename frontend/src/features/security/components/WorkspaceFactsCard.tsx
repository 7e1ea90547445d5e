import { Card, Code, DataList, Text, Title } from '@mantine/core';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';
import type { ReactNode } from 'react';
import { unlockMethodLabel } from '../types/unlockMethods';

type WorkspaceFactsCardProps = { status: WorkspaceStatus };

export function WorkspaceFactsCard({ status }: WorkspaceFactsCardProps) {
  const facts: Array<[string, ReactNode]> = [
    ['Name', status.name],
    ['File', <Code key="path" fz="xs" style={{ wordBreak: 'break-all' }}>{status.path}</Code>],
    ['Cipher', status.cipher],
    ['Schema version', String(status.schemaVersion)],
    ['Pages', status.pageCount.toLocaleString()],
    ['Unlocked by', status.unlockedBy ? unlockMethodLabel(status.unlockedBy) : '—'],
    ['App version', status.appVersion],
  ];
  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={3} fz="md" mb={4}>
        Workspace
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        The encrypted file this window has open.
      </Text>
      <DataList size="sm" labelWidth="130px" withDivider>
        {facts.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
            <DataList.ItemValue fw={500}>{value || '—'}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Card>
  );
}
