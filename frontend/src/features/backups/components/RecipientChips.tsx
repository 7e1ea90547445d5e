import { Badge, Group, Tooltip } from '@mantine/core';
import { IconKey, IconLock } from '@tabler/icons-react';
import type { BackupRecipient } from '../api/backupsApi';
import { recipientTypeLabel, shortFingerprint } from '../types/recipientLabels';

type RecipientChipsProps = { recipients: readonly BackupRecipient[]; testId?: string };

/** Who can open a backup: one chip per recipient (type and fingerprint; the full key and comment on hover). */
export function RecipientChips({ recipients, testId }: RecipientChipsProps) {
  return (
    <Group gap={6} data-testid={testId}>
      {recipients.map((r) => {
        const label = r.fingerprint ? `${recipientTypeLabel(r.type)} · ${shortFingerprint(r.fingerprint)}` : recipientTypeLabel(r.type);
        const full = [r.fingerprint, r.comment].filter(Boolean).join(' — ');
        return (
          <Tooltip key={`${r.type}:${r.fingerprint}`} label={full || 'Opened with the passphrase'} withArrow multiline maw={420}>
            <Badge
              size="lg"
              variant="light"
              color={r.type === 'passphrase' ? 'grape' : 'blue'}
              tt="none"
              fw={500}
              radius="sm"
              leftSection={r.type === 'passphrase' ? <IconLock size={13} /> : <IconKey size={13} />}
              styles={{ label: { fontFamily: r.fingerprint ? 'var(--mantine-font-family-monospace)' : undefined, fontSize: 12 } }}
            >
              {label}
              {r.comment ? ` (${r.comment})` : ''}
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}
