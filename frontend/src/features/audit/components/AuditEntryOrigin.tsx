import { Code, DataList, Group } from '@mantine/core';
import type { AuditDetail } from '../api/auditApi';
import { actorLabel } from '../types/auditFormat';
import { CopyValueButton } from '@/components/CopyValueButton';

/** Who acted and from where: user and role, device, host, OS user, app version, session hash. */
export function AuditEntryOrigin({ entry }: { entry: AuditDetail }) {
  const facts: Array<[string, string]> = [
    ['User', entry.actorRole ? `${actorLabel(entry)} (${entry.actorRole})` : actorLabel(entry)],
    ['User id', entry.actorId],
    ['Device', entry.deviceId],
    ['Host', entry.hostname],
    ['OS user', entry.osUser],
    ['App version', entry.appVersion],
  ];
  return (
    <DataList size="sm" labelWidth="120px" withDivider>
      {facts.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value || '—'}</DataList.ItemValue>
        </DataList.Item>
      ))}
      <DataList.Item>
        <DataList.ItemLabel c="dimmed">Session</DataList.ItemLabel>
        <DataList.ItemValue>
          <Group gap={4} wrap="nowrap">
            <Code fz="xs" style={{ wordBreak: 'break-all' }}>{entry.sessionHash || '—'}</Code>
            {entry.sessionHash && <CopyValueButton value={entry.sessionHash} label="Copy session hash" />}
          </Group>
        </DataList.ItemValue>
      </DataList.Item>
    </DataList>
  );
}
