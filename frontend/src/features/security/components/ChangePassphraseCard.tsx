import { Alert, Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { PassphraseStrengthMeter } from '@/components/PassphraseStrengthMeter';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/passphraseRules';
import { useChangePassphrase } from '../hooks/useChangePassphrase';
import {
  changePassphraseSchema,
  initialChangePassphraseValues,
  type ChangePassphraseValues,
} from '../schemas/changePassphraseSchema';

type ChangePassphraseCardProps = { hasPassphrase: boolean };

export function ChangePassphraseCard({ hasPassphrase }: ChangePassphraseCardProps) {
  const schema = useMemo(() => changePassphraseSchema(hasPassphrase), [hasPassphrase]);
  const form = useForm<ChangePassphraseValues>({
    mode: 'controlled',
    initialValues: initialChangePassphraseValues,
    validate: schemaResolver(schema, { sync: true }),
  });
  const change = useChangePassphrase();
  const [error, setError] = useState<string | null>(null);

  const submit = form.onSubmit((values) => {
    setError(null);
    change.mutate(
      { oldPassphrase: hasPassphrase ? values.oldPassphrase : '', newPassphrase: values.newPassphrase },
      {
        onSuccess: () => form.reset(),
        onError: (raw) => {
          const appError = toAppError(raw);
          if (appError.code === 'unauthenticated') {
            form.setFieldError('oldPassphrase', describeError(appError));
          } else if (!applyFieldErrors(form, appError, { old: 'oldPassphrase', new: 'newPassphrase' })) {
            setError(describeError(appError));
          }
        },
      },
    );
  });

  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={3} fz="md" mb={4}>
        {hasPassphrase ? 'Change passphrase' : 'Set a passphrase'}
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        {hasPassphrase
          ? 'The workspace key is re-wrapped with the new passphrase; the data itself is not re-encrypted.'
          : 'This workspace has no passphrase yet. Add one so you can unlock without the OS keychain.'}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          {hasPassphrase ? (
            <PasswordInput
              label="Current passphrase"
              autoComplete="current-password"
              required
              {...form.getInputProps('oldPassphrase')}
            />
          ) : null}
          <div>
            <PasswordInput
              label="New passphrase"
              description={`At least ${MIN_PASSPHRASE_LENGTH} characters.`}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassphrase')}
            />
            <PassphraseStrengthMeter value={form.values.newPassphrase} />
          </div>
          <PasswordInput
            label="Confirm new passphrase"
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          {error ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
              {error}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={change.isPending}>
              {hasPassphrase ? 'Change passphrase' : 'Set passphrase'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
