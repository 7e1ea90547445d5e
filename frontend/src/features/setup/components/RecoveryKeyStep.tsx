import { Alert, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { copyText } from '@/lib/desktop';
import { useAcknowledgeRecoveryKey } from '../hooks/useAcknowledgeRecoveryKey';

type RecoveryKeyStepProps = { recoveryKey: string };

/** Shows the recovery key exactly once and waits for the person to confirm they saved it. */
export function RecoveryKeyStep({ recoveryKey }: RecoveryKeyStepProps) {
  const [saved, setSaved] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const acknowledge = useAcknowledgeRecoveryKey();

  const onCopy = async () => {
    setCopy((await copyText(recoveryKey)) ? 'copied' : 'failed');
  };

  return (
    <Stack gap="md">
      <Alert variant="light" icon={<IconInfoCircle size={18} />} title="Save your recovery key now">
        It opens the workspace if the keychain and every passphrase are lost. FieldVault shows it only this once and
        cannot show it again. Store it in a password manager or print it and keep it somewhere safe.
      </Alert>

      <Paper withBorder radius="md" p="lg" bg="var(--mantine-color-default-hover)">
        <Text
          ff="monospace"
          fz={20}
          fw={600}
          ta="center"
          lh={1.7}
          style={{ overflowWrap: 'anywhere', letterSpacing: '0.02em', userSelect: 'all' }}
          data-testid="recovery-key"
        >
          {recoveryKey}
        </Text>
      </Paper>

      <Group justify="space-between">
        <Button
          variant="default"
          leftSection={copy === 'copied' ? <IconCheck size={16} /> : <IconCopy size={16} />}
          onClick={onCopy}
        >
          {copy === 'copied' ? 'Copied' : 'Copy recovery key'}
        </Button>
        {copy === 'failed' ? (
          <Text fz="sm" c="red">
            Copy failed — select the key and copy it by hand.
          </Text>
        ) : null}
      </Group>

      <Checkbox
        checked={saved}
        onChange={(event) => setSaved(event.currentTarget.checked)}
        label="I have saved this recovery key somewhere safe"
      />

      {acknowledge.isError ? (
        <Alert color="red" variant="light">
          {describeError(acknowledge.error)}
        </Alert>
      ) : null}

      <Group justify="flex-end">
        <Button disabled={!saved} loading={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
          Continue to workspace
        </Button>
      </Group>
    </Stack>
  );
}
