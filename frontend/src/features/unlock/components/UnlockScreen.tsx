import { Alert, Anchor, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { AuthLayout } from '@/components/AuthLayout';
import { describeError } from '@/lib/errors';
import { hasUnlockMethod, type WorkspaceStatus } from '@/lib/workspaceStatus';
import { useUnlock } from '../hooks/useUnlock';
import { KeychainUnlockNotice } from './KeychainUnlockNotice';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';

type UnlockScreenProps = {
  status: WorkspaceStatus;
  /** Why the automatic keychain unlock failed, if it was tried. */
  keychainMessage?: string | null;
  /** Back to sign-in (which also unlocks, with the user's password). */
  onBack?: () => void;
};

/** Unlock with the workspace passphrase or the recovery key; sign-in follows. */
export function UnlockScreen({ status, keychainMessage, onBack }: UnlockScreenProps) {
  const hasPassphrase = hasUnlockMethod(status, 'passphrase');
  const [mode, setMode] = useState<'passphrase' | 'recovery'>(hasPassphrase ? 'passphrase' : 'recovery');
  const [otherError, setOtherError] = useState<string | null>(null);
  const [keychainFailure, setKeychainFailure] = useState(keychainMessage ?? null);
  const unlock = useUnlock();

  const retryKeychain = () => {
    setOtherError(null);
    unlock.mutate({ method: 'keychain' }, { onError: (error) => setKeychainFailure(describeError(error)) });
  };

  const submitSecret = (method: 'passphrase' | 'recovery') => (secret: string) => {
    setOtherError(null);
    return unlock.mutateAsync({ method, secret });
  };

  return (
    <AuthLayout
      title={`Unlock ${status.name || 'workspace'}`}
      subtitle={status.path ? <Text span ff="monospace" fz="xs">{status.path}</Text> : undefined}
    >
      <Stack gap="lg">
        {keychainFailure && hasUnlockMethod(status, 'keychain') ? (
          <KeychainUnlockNotice state="failed" message={keychainFailure} onRetry={retryKeychain} retryDisabled={unlock.isPending} />
        ) : null}

        <SegmentedControl
          fullWidth
          value={mode}
          onChange={(value) => {
            setMode(value as 'passphrase' | 'recovery');
            setOtherError(null);
          }}
          data={[
            { value: 'passphrase', label: 'Passphrase', disabled: !hasPassphrase },
            { value: 'recovery', label: 'Recovery key' },
          ]}
          disabled={unlock.isPending}
          aria-label="Unlock with"
        />

        {!hasPassphrase && mode === 'recovery' ? (
          <Text fz="xs" c="dimmed">
            This workspace has no passphrase. Use the recovery key, then set a passphrase in Admin → Security.
          </Text>
        ) : null}

        {mode === 'passphrase' ? (
          <PassphraseUnlockForm pending={unlock.isPending} onSubmit={submitSecret('passphrase')} onOtherError={setOtherError} />
        ) : (
          <RecoveryUnlockForm pending={unlock.isPending} onSubmit={submitSecret('recovery')} onOtherError={setOtherError} />
        )}

        {otherError ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
            {otherError}
          </Alert>
        ) : null}

        {onBack ? (
          <Text fz="sm" ta="center">
            <Anchor component="button" type="button" fz="sm" onClick={onBack} disabled={unlock.isPending}>
              <IconArrowLeft size={14} style={{ verticalAlign: -2, marginRight: 4 }} />
              Back to sign-in
            </Anchor>
          </Text>
        ) : null}
        <Text fz="xs" c="dimmed" ta="center">
          After unlocking, you still sign in with your own user name and password.
        </Text>
      </Stack>
    </AuthLayout>
  );
}
