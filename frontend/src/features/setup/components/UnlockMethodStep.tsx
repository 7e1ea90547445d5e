import { Alert, Checkbox, Collapse, Group, Loader, Radio, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertTriangle, IconKey, IconLock } from '@tabler/icons-react';
import type { KeychainProbe } from '../api/setupApi';
import type { SetupValues, UnlockMode } from '../schemas/setupSchema';
import { MethodCard } from './MethodCard';
import { PassphraseFields } from './PassphraseFields';

type UnlockMethodStepProps = {
  form: UseFormReturnType<SetupValues>;
  probe: KeychainProbe | undefined;
  probing: boolean;
};

export function UnlockMethodStep({ form, probe, probing }: UnlockMethodStepProps) {
  const keychainAvailable = probe?.available === true;
  const unlock = form.values.unlock;

  return (
    <Stack gap="md">
      <Text fz="sm" c="dimmed">
        Choose how this workspace opens on this computer. Either way, everything in it is encrypted at rest.
      </Text>

      {probing ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text fz="sm" c="dimmed">
            Checking the OS keychain…
          </Text>
        </Group>
      ) : null}

      {!probing && probe && !probe.available ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="OS keychain not available">
          {probe.message || 'The OS keychain could not be reached on this computer.'} Use a passphrase instead.
        </Alert>
      ) : null}

      <Radio.Group
        value={unlock}
        onChange={(value) => form.setFieldValue('unlock', value as UnlockMode)}
        label="Unlock method"
      >
        <Stack gap="xs" mt="xs">
          <MethodCard
            value="keychain"
            checked={unlock === 'keychain'}
            disabled={!keychainAvailable}
            icon={<IconKey size={18} />}
            title="OS keychain (recommended)"
            description="The workspace key is kept in this computer's keychain and opens when you are signed in to this computer. Nothing to type."
          />
          <MethodCard
            value="passphrase"
            checked={unlock === 'passphrase'}
            icon={<IconLock size={18} />}
            title="Passphrase"
            description="Type a passphrase every time FieldVault opens. Nothing secret is stored on this computer."
          />
        </Stack>
      </Radio.Group>

      {unlock === 'passphrase' ? <PassphraseFields form={form} label="Passphrase" /> : null}

      {unlock === 'keychain' ? (
        <Stack gap="sm">
          <Checkbox
            label="Also set a fallback passphrase"
            description="Lets you open the workspace if the keychain is unavailable, for example after an OS reinstall."
            {...form.getInputProps('addFallback', { type: 'checkbox' })}
          />
          <Collapse expanded={form.values.addFallback}>
            <PassphraseFields form={form} label="Fallback passphrase" />
          </Collapse>
        </Stack>
      ) : null}
    </Stack>
  );
}
