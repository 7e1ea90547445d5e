import { Code, Group, Stack, Text } from '@mantine/core';
import type { AuditDetail } from '../api/auditApi';
import { CopyValueButton } from '@/components/CopyValueButton';

/** The entry's place in the hash chain: the previous entry's hash and its own, each copyable. */
export function AuditHashes({ entry }: { entry: Pick<AuditDetail, 'prevHash' | 'hash'> }) {
  const lines: Array<[string, string]> = [
    ['Previous hash', entry.prevHash],
    ['Entry hash', entry.hash],
  ];
  return (
    <Stack gap="xs">
      {lines.map(([label, value]) => (
        <div key={label}>
          <Text fz="xs" c="dimmed">{label}</Text>
          <Group gap={4} wrap="nowrap" align="flex-start">
            <Code block fz="xs" style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{value || '—'}</Code>
            <CopyValueButton value={value} label={`Copy ${label.toLowerCase()}`} />
          </Group>
        </div>
      ))}
    </Stack>
  );
}
