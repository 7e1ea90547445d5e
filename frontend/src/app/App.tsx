import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { AuthLayout } from '@/components/AuthLayout';
import { FullScreenLoader } from '@/components/FullScreenLoader';
import { ForcedPasswordChangeScreen } from '@/features/session/components/ForcedPasswordChangeScreen';
import { SignInScreen } from '@/features/session/components/SignInScreen';
import { RecoveryPendingScreen } from '@/features/setup/components/RecoveryPendingScreen';
import { SetupScreen } from '@/features/setup/components/SetupScreen';
import { setWindowTitle } from '@/lib/desktop';
import { describeError } from '@/lib/errors';
import { useWorkspaceStatus } from '@/lib/workspaceStatus';
import { LockedGate } from './LockedGate';
import { SignedInApp } from './SignedInApp';
import { useBackendEvents } from './useBackendEvents';

/**
 * Boot: the workspace status decides the screen — setup, unlock/sign-in,
 * the forced password change, or the app. Signing out or locking changes the
 * status, which unmounts the app (and any unsaved input with it).
 */
export function App() {
  const status = useWorkspaceStatus();
  const data = status.data;
  useBackendEvents();

  useEffect(() => {
    setWindowTitle(data?.unlocked && data.name ? `${data.name} — FieldVault` : 'FieldVault');
  }, [data?.unlocked, data?.name]);

  if (status.isPending) return <FullScreenLoader label="Opening FieldVault…" />;

  if (status.isError) {
    return (
      <AuthLayout title="FieldVault could not start">
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
            {describeError(status.error)}
          </Alert>
          <Button onClick={() => status.refetch()} loading={status.isFetching}>
            Try again
          </Button>
        </Stack>
      </AuthLayout>
    );
  }

  const workspace = status.data;
  if (!workspace.exists) return <SetupScreen />;
  if (!workspace.unlocked) return <LockedGate key={workspace.path} status={workspace} />;
  const session = workspace.signedIn;
  if (!session) return <SignInScreen status={workspace} />;
  if (session.user.mustChangePassword) return <ForcedPasswordChangeScreen session={session} />;
  // Only administrators (settings.manage) saw the key at setup and may confirm it.
  if (workspace.recoveryPending && session.permissions.includes('settings.manage')) return <RecoveryPendingScreen />;
  return <SignedInApp key={session.user.id} status={workspace} session={session} />;
}
