import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLifebuoy } from '@tabler/icons-react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';

type RecoveryUnlockFormProps = {
  pending: boolean;
  onSubmit: (recoveryKey: string) => Promise<unknown>;
  onOtherError: (message: string) => void;
};

export function RecoveryUnlockForm({ pending, onSubmit, onOtherError }: RecoveryUnlockFormProps) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { recoveryKey: '' },
    validate: { recoveryKey: (v) => (v.trim() === '' ? 'Enter your recovery key.' : null) },
  });

  const submit = form.onSubmit(async ({ recoveryKey }) => {
    try {
      await onSubmit(recoveryKey);
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'unauthenticated' || appError.code === 'invalid') {
        form.setFieldError('recoveryKey', describeError(appError));
      } else {
        onOtherError(describeError(appError));
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Recovery key"
          description="The key shown once when the workspace was created."
          autoComplete="off"
          spellCheck={false}
          disabled={pending}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('recoveryKey')}
        />
        <Button type="submit" fullWidth loading={pending} leftSection={<IconLifebuoy size={16} />}>
          Unlock with recovery key
        </Button>
      </Stack>
    </form>
  );
}
