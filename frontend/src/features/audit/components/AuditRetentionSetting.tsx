import { Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useSetAuditRetention } from '../hooks/useSetAuditRetention';
import { RETENTION_CHOICES, RETENTION_MAX_DAYS, RETENTION_MIN_DAYS, retentionChoice, retentionError } from '../types/archiveForm';

/** The retention policy: a preset or a number of days, saved on request (audited, raises a critical-change alert). */
export function AuditRetentionSetting({ current }: { current: number }) {
  const save = useSetAuditRetention();
  const [choice, setChoice] = useState(retentionChoice(current));
  const [custom, setCustom] = useState<number | string>(choice === 'custom' ? current : 400);
  const days = choice === 'custom' ? Number(custom) : Number(choice);
  const error = choice === 'custom' ? retentionError(days) : null;

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <Select
          label="Keep entries in the live log"
          data={RETENTION_CHOICES as { value: string; label: string }[]}
          value={choice}
          onChange={(value) => value && setChoice(value)}
          allowDeselect={false}
          w={240}
        />
        {choice === 'custom' && (
          <NumberInput
            label="Days"
            min={RETENTION_MIN_DAYS}
            max={RETENTION_MAX_DAYS}
            value={custom}
            onChange={setCustom}
            error={error}
            allowDecimal={false}
            w={140}
          />
        )}
        <Button onClick={() => save.mutate(days)} loading={save.isPending} disabled={error !== null || days === current}>
          Save
        </Button>
      </Group>
      <Text fz="xs" c="dimmed">
        Nothing is ever deleted by itself: entries past this age may be archived below. No archive may take younger
        entries, so shortening it is a security change — it is audited and raises a critical-change alert.
      </Text>
    </Stack>
  );
}
