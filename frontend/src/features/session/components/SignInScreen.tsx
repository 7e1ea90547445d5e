import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconInfoCircle, IconLogin2 } from '@tabler/icons-react';
import { useState } from 'react';
import { AuthLayout } from '@/components/AuthLayout';
import { getSignInPrefill, useSessionNotice } from '@/lib/sessionNotice';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';
import { useSignIn } from '../hooks/useSignIn';
import { signInErrorMessage } from '../schemas/signInError';

type SignInScreenProps = {
  status: WorkspaceStatus;
  /** Set while the workspace is locked: offers the passphrase / recovery key unlock instead. */
  onUseWorkspaceKey?: () => void;
};

/**
 * User name + password. One message for every failure, so it never reveals which one was wrong.
 * When the session must re-enter its password, the note says so and the user name is filled in.
 */
export function SignInScreen({ status, onUseWorkspaceKey }: SignInScreenProps) {
  const notice = useSessionNotice();
  const signIn = useSignIn();
  const [error, setError] = useState<string | null>(null);
  const [prefill] = useState(() => getSignInPrefill() ?? '');
  const form = useForm({
    mode: 'controlled',
    initialValues: { username: prefill, password: '' },
    validate: {
      username: (v) => (v.trim() === '' ? 'Enter your user name.' : null),
      password: (v) => (v === '' ? 'Enter your password.' : null),
    },
  });

  const submit = form.onSubmit(({ username, password }) => {
    setError(null);
    signIn.mutate(
      { username: username.trim(), password },
      {
        onError: (raw) => {
          form.setFieldValue('password', '');
          setError(signInErrorMessage(raw));
        },
      },
    );
  });

  const subtitle = status.name ? (
    <>
      to <b>{status.name}</b>
    </>
  ) : (
    <Text span ff="monospace" fz="xs">
      {status.path}
    </Text>
  );

  return (
    <AuthLayout title="Sign in" subtitle={subtitle}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {notice ? (
            <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} data-testid="session-notice">
              {notice}
            </Alert>
          ) : null}
          <TextInput
            label="User name"
            autoComplete="username"
            autoFocus={!prefill}
            spellCheck={false}
            disabled={signIn.isPending}
            {...form.getInputProps('username')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            autoFocus={!!prefill}
            disabled={signIn.isPending}
            {...form.getInputProps('password')}
          />
          {error ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {error}
            </Alert>
          ) : null}
          <Button type="submit" fullWidth loading={signIn.isPending} leftSection={<IconLogin2 size={16} />}>
            Sign in
          </Button>
          {onUseWorkspaceKey ? (
            <Text fz="sm" ta="center">
              <Anchor component="button" type="button" fz="sm" onClick={onUseWorkspaceKey} disabled={signIn.isPending}>
                Unlock with the workspace passphrase or recovery key
              </Anchor>
            </Text>
          ) : null}
        </Stack>
      </form>
    </AuthLayout>
  );
}
