import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { AuthLayout } from '@/components/AuthLayout';
import { FullScreenLoader } from '@/components/FullScreenLoader';
import { RecoveryPendingScreen } from '@/features/setup/components/RecoveryPendingScreen';
import { SetupScreen } from '@/features/setup/components/SetupScreen';
import { UnlockScreen } from '@/features/unlock/components/UnlockScreen';
import { setWindowTitle } from '@/lib/desktop';
import { describeError } from '@/lib/errors';
import { useWorkspaceStatus } from '@/lib/workspaceStatus';
import { AppRoutes } from './AppRoutes';

/** Boot: the workspace status decides between setup, unlock and the app. */
export function App() {
  const status = useWorkspaceStatus();
  const data = status.data;

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
  if (!workspace.unlocked) return <UnlockScreen key={workspace.path} status={workspace} />;
  if (workspace.recoveryPending) return <RecoveryPendingScreen />;
  return <AppRoutes status={workspace} />;
}
