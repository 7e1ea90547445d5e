import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLockOpen } from '@tabler/icons-react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';

type PassphraseUnlockFormProps = {
  pending: boolean;
  onSubmit: (passphrase: string) => Promise<unknown>;
  onOtherError: (message: string) => void;
};

export function PassphraseUnlockForm({ pending, onSubmit, onOtherError }: PassphraseUnlockFormProps) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { passphrase: '' },
    validate: { passphrase: (v) => (v === '' ? 'Enter your passphrase.' : null) },
  });

  const submit = form.onSubmit(async ({ passphrase }) => {
    try {
      await onSubmit(passphrase);
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'unauthenticated' || appError.code === 'invalid') {
        // Clear first: changing a value clears that field's error.
        form.setFieldValue('passphrase', '');
        form.setFieldError('passphrase', describeError(appError));
      } else {
        onOtherError(describeError(appError));
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PasswordInput
          label="Passphrase"
          autoFocus
          autoComplete="current-password"
          disabled={pending}
          {...form.getInputProps('passphrase')}
        />
        <Button type="submit" fullWidth loading={pending} leftSection={<IconLockOpen size={16} />}>
          Unlock
        </Button>
      </Stack>
    </form>
  );
}
