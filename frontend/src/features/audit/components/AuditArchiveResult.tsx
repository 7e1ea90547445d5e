import { Alert, Code, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { AuditArchiveResult as Result } from '../api/archiveApi';
import { verifyArchiveCommand } from '../types/archiveForm';
import { CopyValueButton } from '@/components/CopyValueButton';

/** A finished archive: what left the log, the file and its checksum, the anchor the log keeps, how to check it. */
export function AuditArchiveResult({ result, onClose }: { result: Result; onClose: () => void }) {
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="Archived" withCloseButton onClose={onClose} data-testid="archive-result">
      <Stack gap={6}>
        <Text fz="sm">
          {result.entries.toLocaleString('en-US')} entries (#{result.firstSeq.toLocaleString('en-US')}–#{result.lastSeq.toLocaleString('en-US')}) left
          the live log. Keep the file safe: it is now their only copy.
        </Text>
        {[
          ['File', result.path],
          ['SHA-256', result.fileSha256],
          ['Anchor hash', result.anchorHash],
          ['Check with', verifyArchiveCommand(result.path)],
        ].map(([label, value]) => (
          <Group key={label} gap={4} wrap="nowrap" align="flex-start">
            <Text fz="xs" fw={500} w={110} style={{ flexShrink: 0 }}>{label}</Text>
            <Code fz="xs" style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{value}</Code>
            <CopyValueButton value={value} label={`Copy ${label.toLowerCase()}`} />
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
