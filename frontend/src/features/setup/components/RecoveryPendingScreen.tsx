import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { AuthLayout } from '@/components/AuthLayout';
import { describeError } from '@/lib/errors';
import { useAcknowledgeRecoveryKey } from '../hooks/useAcknowledgeRecoveryKey';

/**
 * The recovery key was shown at setup but its saving was never confirmed (the app
 * closed first). The key cannot be shown again; say so and let the person go on.
 */
export function RecoveryPendingScreen() {
  const acknowledge = useAcknowledgeRecoveryKey();
  return (
    <AuthLayout title="Confirm your recovery key" subtitle="One step of the setup was not finished.">
      <Stack gap="md">
        <Alert variant="light" icon={<IconInfoCircle size={18} />}>
          A recovery key was shown when this workspace was created, but saving it was not confirmed. For security
          FieldVault never shows a recovery key twice.
        </Alert>
        <Text fz="sm">If you did not save it:</Text>
        <List fz="sm" spacing={4}>
          <List.Item>keep at least one other way to unlock — a passphrase or the OS keychain;</List.Item>
          <List.Item>set a passphrase in Admin → Security if you have none.</List.Item>
        </List>
        {acknowledge.isError ? (
          <Alert color="red" variant="light">
            {describeError(acknowledge.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button loading={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
            Continue to workspace
          </Button>
        </Group>
      </Stack>
    </AuthLayout>
  );
}
