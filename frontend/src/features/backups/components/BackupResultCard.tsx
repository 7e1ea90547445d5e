import { Alert, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { BackupResult } from '../api/backupsApi';
import { exactBytes, formatBytes } from '../types/humanSize';
import { BackupResultRow } from './BackupResultRow';
import { RecipientChips } from './RecipientChips';

type BackupResultCardProps = { result: BackupResult; onClose: () => void };

function localTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** A finished backup: where it is, how big, its checksum, what it holds and who can open it. */
export function BackupResultCard({ result, onClose }: BackupResultCardProps) {
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={18} />}
      title="Backup saved"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
      data-testid="backup-result"
    >
      <Stack gap={8} mt={4}>
        <Text fz="sm">
          A snapshot taken {localTime(result.createdAt)}. Keep the file, and a key or the passphrase that opens it, in separate safe places.
        </Text>
        <BackupResultRow label="File" copy={result.path} mono>
          {result.path}
        </BackupResultRow>
        <BackupResultRow label="Size">
          {formatBytes(result.bytes)}{' '}
          <Text span fz="xs" c="dimmed">
            ({exactBytes(result.bytes)})
          </Text>
        </BackupResultRow>
        <BackupResultRow label="SHA-256" copy={result.sha256} mono>
          {result.sha256}
        </BackupResultRow>
        <BackupResultRow label="Records">{result.records.toLocaleString('en-US')}</BackupResultRow>
        <BackupResultRow label="Audit entries">
          {result.auditSeq > 0 ? `Up to entry #${result.auditSeq.toLocaleString('en-US')}` : 'The log was empty'}
        </BackupResultRow>
        <BackupResultRow label="Encrypted to">
          <RecipientChips recipients={result.recipients ?? []} testId="backup-recipients" />
        </BackupResultRow>
      </Stack>
    </Alert>
  );
}
