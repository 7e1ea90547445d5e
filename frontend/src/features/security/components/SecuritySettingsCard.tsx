import { Alert, Button, Card, Group, NumberInput, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import { hasUnlockMethod, type WorkspaceStatus } from '@/lib/workspaceStatus';
import { useSecuritySettings, useUpdateSecuritySettings } from '../hooks/useSecuritySettings';
import {
  IDLE_TIMEOUT_RANGE,
  LOCKOUT_THRESHOLD_RANGE,
  securitySettingsSchema,
  type SecuritySettingsValues,
} from '../schemas/securitySettingsSchema';

type SecuritySettingsCardProps = { status: WorkspaceStatus };

/** Admin → Security: idle sign-out, lock-out after failed sign-ins, and keychain unlock on this device. */
export function SecuritySettingsCard({ status }: SecuritySettingsCardProps) {
  const settings = useSecuritySettings();
  const update = useUpdateSecuritySettings();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SecuritySettingsValues>({
    mode: 'controlled',
    initialValues: { idleTimeoutMinutes: 15, lockoutThreshold: 5, rememberOnDevice: false },
    validate: schemaResolver(securitySettingsSchema, { sync: true }),
  });

  useEffect(() => {
    if (settings.data) {
      form.setInitialValues(settings.data);
      form.setValues(settings.data);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when fresh settings arrive
  }, [settings.data]);

  const keychainAvailable = status.keychain?.available ?? false;
  const remembered = form.values.rememberOnDevice;
  const hasPassphrase = hasUnlockMethod(status, 'passphrase');
  let rememberHint = 'Keeps the workspace key in the OS keychain so FieldVault opens without the passphrase. Sign-in is still required.';
  if (!keychainAvailable && !remembered) rememberHint = 'The OS keychain is not available on this computer.';
  else if (remembered && !hasPassphrase) rememberHint = 'Set a workspace passphrase first — otherwise only the recovery key and user passwords could open it.';

  const submit = form.onSubmit((values) => {
    setError(null);
    const parsed = securitySettingsSchema.parse(values);
    update.mutate(parsed, {
      onError: (raw) => {
        const appError = toAppError(raw);
        if (!applyFieldErrors(form, appError)) setError(describeError(appError));
      },
    });
  });

  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={3} fz="md" mb={4}>
        Sign-in rules
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Apply to everyone who signs in to this workspace.
      </Text>
      {settings.isPending ? <Skeleton h={180} /> : null}
      {settings.isError ? <Alert color="red" variant="light">{describeError(settings.error)}</Alert> : null}
      {settings.data ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="md" maw={520}>
            <Group grow align="flex-start">
              <NumberInput
                label="Sign out after inactivity"
                description={`${IDLE_TIMEOUT_RANGE.min}–${IDLE_TIMEOUT_RANGE.max} minutes`}
                min={IDLE_TIMEOUT_RANGE.min}
                max={IDLE_TIMEOUT_RANGE.max}
                allowDecimal={false}
                suffix=" min"
                {...form.getInputProps('idleTimeoutMinutes')}
              />
              <NumberInput
                label="Lock account after"
                description={`${LOCKOUT_THRESHOLD_RANGE.min}–${LOCKOUT_THRESHOLD_RANGE.max} failed sign-ins in a row`}
                min={LOCKOUT_THRESHOLD_RANGE.min}
                max={LOCKOUT_THRESHOLD_RANGE.max}
                allowDecimal={false}
                suffix=" attempts"
                {...form.getInputProps('lockoutThreshold')}
              />
            </Group>
            <Switch
              label="Remember on this device (OS keychain)"
              description={rememberHint}
              disabled={(!keychainAvailable && !settings.data.rememberOnDevice) || (settings.data.rememberOnDevice && !hasPassphrase)}
              {...form.getInputProps('rememberOnDevice', { type: 'checkbox' })}
            />
            {error ? (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
                {error}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
                Save settings
              </Button>
              {form.isDirty() ? (
                <Button variant="subtle" color="gray" onClick={() => form.reset()} disabled={update.isPending}>
                  Discard changes
                </Button>
              ) : null}
            </Group>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}
