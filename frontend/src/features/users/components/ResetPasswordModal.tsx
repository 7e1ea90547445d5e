import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { toAppError } from '@/lib/call';
import { MIN_PASSWORD_LENGTH } from '@/lib/credentialRules';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import type { User } from '../api/usersApi';
import { useResetPassword } from '../hooks/useUsers';
import { resetPasswordSchema } from '../schemas/userSchemas';
import { GeneratedPasswordInput } from './GeneratedPasswordInput';

type ResetPasswordModalProps = { user: User; onClose: () => void };

export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  const reset = useResetPassword();
  const form = useForm({ mode: 'controlled', initialValues: { password: '' }, validate: schemaResolver(resetPasswordSchema, { sync: true }) });
  const submit = form.onSubmit(({ password }) =>
    reset.mutate({ id: user.id, password }, { onSuccess: onClose, onError: (raw) => void applyFieldErrors(form, toAppError(raw)) }),
  );
  const appError = reset.error ? toAppError(reset.error) : null;
  return (
    <Modal opened onClose={onClose} title={`Reset password for ${user.username}`} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fz="sm">
            Their current password stops working at once. They sign in with the temporary one and must choose their
            own before anything else.
          </Text>
          <GeneratedPasswordInput
            label="Temporary password"
            required
            data-autofocus
            description={`At least ${MIN_PASSWORD_LENGTH} characters. Pass it on privately.`}
            value={form.values.password}
            error={form.errors.password}
            onChange={(value) => form.setFieldValue('password', value)}
          />
          {appError && !appError.fields ? <Alert color="red" variant="light">{describeError(appError)}</Alert> : null}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={reset.isPending}>
              Reset password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
