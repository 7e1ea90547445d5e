import { Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { AuditAnchor } from '../api/archiveApi';
import { formatAuditTime } from '../types/auditFormat';
import { CopyValueButton } from '@/components/CopyValueButton';

/** The archives taken so far: range, file and checksum, and who and when (the anchors the log keeps). */
export function AuditArchiveHistory({ anchors, loading }: { anchors: AuditAnchor[]; loading: boolean }) {
  if (loading) return <Skeleton h={60} />;
  return (
    <Stack gap="xs">
      <Title order={4} fz="sm">Archives</Title>
      {anchors.length === 0 ? (
        <Text fz="sm" c="dimmed">No entry has been archived: the log is complete from entry #1.</Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} data-testid="audit-archives">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Entries</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th>SHA-256</Table.Th>
              <Table.Th>Archived</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {anchors.map((a) => (
              <Table.Tr key={a.lastSeq}>
                <Table.Td>
                  #{a.firstSeq.toLocaleString('en-US')}–#{a.lastSeq.toLocaleString('en-US')} ({a.entries.toLocaleString('en-US')})
                </Table.Td>
                <Table.Td>{a.fileName}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Text ff="monospace" fz="xs">{a.fileSha256.slice(0, 16)}…</Text>
                    <CopyValueButton value={a.fileSha256} label="Copy the file's SHA-256" />
                  </Group>
                </Table.Td>
                <Table.Td>{formatAuditTime(a.at)} by {a.actorName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
