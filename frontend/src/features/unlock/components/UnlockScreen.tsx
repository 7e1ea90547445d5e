import { Alert, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { AuthLayout } from '@/components/AuthLayout';
import { describeError } from '@/lib/errors';
import { hasUnlockMethod, type WorkspaceStatus } from '@/lib/workspaceStatus';
import { useUnlock } from '../hooks/useUnlock';
import { KeychainUnlockNotice } from './KeychainUnlockNotice';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';

type UnlockScreenProps = { status: WorkspaceStatus };

type KeychainState = { state: 'off' } | { state: 'trying' } | { state: 'failed'; message: string };

/** The workspace exists and is locked: keychain first (automatically), then passphrase or recovery key. */
export function UnlockScreen({ status }: UnlockScreenProps) {
  const usesKeychain = hasUnlockMethod(status, 'keychain');
  const hasPassphrase = hasUnlockMethod(status, 'passphrase');
  const [keychain, setKeychain] = useState<KeychainState>(usesKeychain ? { state: 'trying' } : { state: 'off' });
  const [mode, setMode] = useState<'passphrase' | 'recovery'>(hasPassphrase ? 'passphrase' : 'recovery');
  const [otherError, setOtherError] = useState<string | null>(null);
  const unlock = useUnlock();
  const started = useRef(false);

  const tryKeychain = () => {
    setOtherError(null);
    setKeychain({ state: 'trying' });
    unlock.mutate(
      { method: 'keychain' },
      { onError: (error) => setKeychain({ state: 'failed', message: describeError(error) }) },
    );
  };

  useEffect(() => {
    if (!usesKeychain || started.current) return;
    started.current = true;
    tryKeychain();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- exactly once per mount
  }, []);

  const submitSecret = (method: 'passphrase' | 'recovery') => (secret: string) => {
    setOtherError(null);
    return unlock.mutateAsync({ method, secret });
  };

  const options = [
    { value: 'passphrase', label: 'Passphrase', disabled: !hasPassphrase },
    { value: 'recovery', label: 'Recovery key' },
  ];

  return (
    <AuthLayout
      title={`Unlock ${status.name || 'workspace'}`}
      subtitle={status.path ? <Text span ff="monospace" fz="xs">{status.path}</Text> : undefined}
    >
      {keychain.state === 'trying' ? (
        <KeychainUnlockNotice state="trying" />
      ) : (
        <Stack gap="lg">
          {keychain.state === 'failed' ? (
            <KeychainUnlockNotice
              state="failed"
              message={keychain.message}
              onRetry={tryKeychain}
              retryDisabled={unlock.isPending}
            />
          ) : null}

          <SegmentedControl
            fullWidth
            value={mode}
            onChange={(value) => {
              setMode(value as 'passphrase' | 'recovery');
              setOtherError(null);
            }}
            data={options}
            disabled={unlock.isPending}
            aria-label="Unlock with"
          />

          {!hasPassphrase && mode === 'recovery' ? (
            <Text fz="xs" c="dimmed">
              This workspace has no passphrase. Use the recovery key, then set a passphrase in Admin → Workspace
              security.
            </Text>
          ) : null}

          {mode === 'passphrase' ? (
            <PassphraseUnlockForm
              pending={unlock.isPending}
              onSubmit={submitSecret('passphrase')}
              onOtherError={setOtherError}
            />
          ) : (
            <RecoveryUnlockForm pending={unlock.isPending} onSubmit={submitSecret('recovery')} onOtherError={setOtherError} />
          )}

          {otherError ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
              {otherError}
            </Alert>
          ) : null}
        </Stack>
      )}
    </AuthLayout>
  );
}
