import { PasswordInput, SegmentedControl, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { OpenWith, RestoreValues } from '../schemas/restoreSchema';
import { FileChooser } from './FileChooser';

type RestoreOpenFieldsProps = {
  form: UseFormReturnType<RestoreValues>;
  disabled: boolean;
  choosing: boolean;
  onChooseKeyFile: () => void;
};

/** Step 2: what opens the backup file — the secret key it was encrypted to, or its passphrase. */
export function RestoreOpenFields({ form, disabled, choosing, onChooseKeyFile }: RestoreOpenFieldsProps) {
  const openWith = form.values.openWith;
  return (
    <Stack gap="xs">
      <Text fw={600} fz="sm">
        2. Open the backup
      </Text>
      <SegmentedControl
        value={openWith}
        onChange={(value) => form.setFieldValue('openWith', value as OpenWith)}
        disabled={disabled}
        data={[
          { value: 'keyFile', label: 'With a key file' },
          { value: 'passphrase', label: 'With its passphrase' },
        ]}
        w="fit-content"
      />
      {openWith === 'keyFile' ? (
        <>
          <FileChooser
            label="Key file"
            description="The secret key matching one of the public keys the backup was made to: an age identity file (AGE-SECRET-KEY-…) or an OpenSSH private key."
            path={form.values.identityPath}
            error={form.errors.identityPath as string | undefined}
            buttonLabel="Choose key file…"
            disabled={disabled}
            loading={choosing}
            onChoose={onChooseKeyFile}
          />
          <PasswordInput
            label="Key passphrase"
            description="Only for an SSH key protected by a passphrase; leave empty otherwise."
            autoComplete="off"
            disabled={disabled}
            {...form.getInputProps('identityPassphrase')}
          />
        </>
      ) : (
        <PasswordInput
          label="Backup passphrase"
          description="The passphrase typed when the backup was made."
          required
          autoComplete="off"
          disabled={disabled}
          {...form.getInputProps('backupPassphrase')}
        />
      )}
    </Stack>
  );
}
