import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import type { BackupRecipient } from '../api/backupsApi';
import { RecipientChips } from './RecipientChips';

type RecipientsFieldProps = {
  value: string;
  error?: string;
  disabled?: boolean;
  checked: readonly BackupRecipient[] | null;
  checking: boolean;
  onChange: (value: string) => void;
  onCheck: () => void;
};

/** The public keys box, "Check keys", and what the keys turned out to be. */
export function RecipientsField({ value, error, disabled, checked, checking, onChange, onCheck }: RecipientsFieldProps) {
  return (
    <Stack gap="xs">
      <Textarea
        label="Public keys"
        description="One per line: an age key (age1…) or an SSH public key line (ssh-ed25519 or ssh-rsa, as in a .pub file). Never paste a secret key."
        placeholder={'age1…\nssh-ed25519 AAAA… backup@vault'}
        rows={4}
        spellCheck={false}
        value={value}
        disabled={disabled}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
      />
      <Group gap="sm" align="center">
        <Button size="xs" variant="default" leftSection={<IconKey size={14} />} onClick={onCheck} loading={checking} disabled={disabled}>
          Check keys
        </Button>
        {checked ? (
          <Text fz="xs" c="dimmed">
            {checked.length === 1 ? 'This key can open the backup:' : `These ${checked.length} keys can each open the backup:`}
          </Text>
        ) : null}
      </Group>
      {checked ? <RecipientChips recipients={checked} testId="checked-recipients" /> : null}
    </Stack>
  );
}
