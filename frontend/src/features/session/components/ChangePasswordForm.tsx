import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { PassphraseStrengthMeter } from '@/components/PassphraseStrengthMeter';
import { toAppError } from '@/lib/call';
import { MIN_PASSWORD_LENGTH } from '@/lib/credentialRules';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import { useChangePassword } from '../hooks/useChangePassword';
import {
  changePasswordSchema,
  initialChangePasswordValues,
  type ChangePasswordValues,
} from '../schemas/changePasswordSchema';

type ChangePasswordFormProps = {
  oldLabel?: string;
  submitLabel?: string;
  onDone?: () => void;
  /** Extra buttons left of submit (e.g. Cancel, Sign out). */
  secondary?: ReactNode;
};

export function ChangePasswordForm({ oldLabel = 'Current password', submitLabel = 'Change password', onDone, secondary }: ChangePasswordFormProps) {
  const change = useChangePassword();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<ChangePasswordValues>({
    mode: 'controlled',
    initialValues: initialChangePasswordValues,
    validate: schemaResolver(changePasswordSchema, { sync: true }),
  });

  const submit = form.onSubmit(({ oldPassword, newPassword }) => {
    setError(null);
    change.mutate(
      { oldPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          onDone?.();
        },
        onError: (raw) => {
          const appError = toAppError(raw);
          if (!applyFieldErrors(form, appError)) setError(describeError(appError));
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <PasswordInput label={oldLabel} autoComplete="current-password" required autoFocus {...form.getInputProps('oldPassword')} />
        <div>
          <PasswordInput
            label="New password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters.`}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PassphraseStrengthMeter value={form.values.newPassword} />
        </div>
        <PasswordInput label="Confirm new password" autoComplete="new-password" required {...form.getInputProps('confirm')} />
        {error ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end" mt="xs">
          {secondary}
          <Button type="submit" loading={change.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
