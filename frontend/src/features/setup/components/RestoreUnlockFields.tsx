import { Checkbox, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { KeychainProbe } from '../api/setupApi';
import type { RestoreValues, UnlockWith } from '../schemas/restoreSchema';

type RestoreUnlockFieldsProps = {
  form: UseFormReturnType<RestoreValues>;
  disabled: boolean;
  probe: KeychainProbe | undefined;
};

/** Step 3: what unlocks the workspace inside — as it was when the backup was made — and whether the keychain should too. */
export function RestoreUnlockFields({ form, disabled, probe }: RestoreUnlockFieldsProps) {
  const unlockWith = form.values.unlockWith;
  const keychainAvailable = probe?.available === true;
  return (
    <Stack gap="xs">
      <Text fw={600} fz="sm">
        3. Unlock the workspace inside
      </Text>
      <Text fz="xs" c="dimmed">
        The backup keeps the workspace&apos;s own key. Prove you may open it, with any of its ways to unlock as they were when the backup was
        made.
      </Text>
      <SegmentedControl
        value={unlockWith}
        onChange={(value) => form.setFieldValue('unlockWith', value as UnlockWith)}
        disabled={disabled}
        data={[
          { value: 'user', label: 'User name and password' },
          { value: 'passphrase', label: 'Workspace passphrase' },
          { value: 'recovery', label: 'Recovery key' },
        ]}
        w="fit-content"
      />
      {unlockWith === 'user' ? (
        <>
          <TextInput
            label="User name"
            description="A user of the backed-up workspace."
            required
            autoComplete="off"
            spellCheck={false}
            disabled={disabled}
            {...form.getInputProps('username')}
          />
          <PasswordInput label="Password" required autoComplete="off" disabled={disabled} {...form.getInputProps('password')} />
        </>
      ) : null}
      {unlockWith === 'passphrase' ? (
        <PasswordInput
          label="Workspace passphrase"
          description="The passphrase that unlocked the workspace (not the backup's)."
          required
          autoComplete="off"
          disabled={disabled}
          {...form.getInputProps('passphrase')}
        />
      ) : null}
      {unlockWith === 'recovery' ? (
        <TextInput
          label="Recovery key"
          description="The key shown once when the workspace was created."
          required
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('recoveryKey')}
        />
      ) : null}
      <Checkbox
        mt="xs"
        label="Also unlock with this device's keychain"
        description={
          keychainAvailable
            ? 'FieldVault then opens without typing anything when you are signed in to this computer.'
            : probe
              ? `Not available here: ${(probe.message || 'the OS keychain could not be reached').replace(/\.+$/, '')}.`
              : 'Checking the OS keychain…'
        }
        disabled={disabled || !keychainAvailable}
        {...form.getInputProps('keychain', { type: 'checkbox' })}
      />
    </Stack>
  );
}
