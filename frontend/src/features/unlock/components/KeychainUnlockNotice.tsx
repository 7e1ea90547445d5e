import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';

type KeychainUnlockNoticeProps =
  | { state: 'trying' }
  | { state: 'failed'; message: string; onRetry: () => void; retryDisabled: boolean };

/** What happened with the automatic keychain unlock. */
export function KeychainUnlockNotice(props: KeychainUnlockNoticeProps) {
  if (props.state === 'trying') {
    return (
      <Group gap="sm" justify="center" py="lg" role="status">
        <Loader size="sm" />
        <Text fz="sm">Unlocking with the OS keychain…</Text>
      </Group>
    );
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title="The OS keychain did not unlock this workspace"
    >
      <Text fz="sm">{props.message}</Text>
      <Button
        mt="xs"
        size="xs"
        variant="default"
        leftSection={<IconRefresh size={14} />}
        onClick={props.onRetry}
        disabled={props.retryDisabled}
      >
        Try the keychain again
      </Button>
    </Alert>
  );
}
