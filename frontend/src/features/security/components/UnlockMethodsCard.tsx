import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { hasUnlockMethod, type UnlockMethod, type WorkspaceStatus } from '@/lib/workspaceStatus';
import { useRecheckKeychain } from '../hooks/useRecheckKeychain';
import { UNLOCK_METHOD_LABELS } from '../types/unlockMethods';

type UnlockMethodsCardProps = { status: WorkspaceStatus };

const METHOD_HINTS: Record<UnlockMethod, string> = {
  keychain: 'Opens automatically on this computer.',
  passphrase: 'Typed each time; works on any computer.',
  recovery: 'The one-time key from setup; for emergencies.',
};

const METHODS: UnlockMethod[] = ['keychain', 'passphrase', 'recovery'];

export function UnlockMethodsCard({ status }: UnlockMethodsCardProps) {
  const recheck = useRecheckKeychain();
  const keychainAvailable = status.keychain?.available ?? false;

  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={3} fz="md" mb={4}>
        Unlock methods
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Any one of these opens the workspace.
      </Text>

      <Stack gap="sm">
        {METHODS.map((method) => {
          const enabled = hasUnlockMethod(status, method);
          return (
            <Group key={method} justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fz="sm" fw={500}>
                  {UNLOCK_METHOD_LABELS[method]}
                </Text>
                <Text fz="xs" c="dimmed">
                  {METHOD_HINTS[method]}
                </Text>
              </div>
              <Badge variant="light" color={enabled ? 'teal' : 'gray'} tt="none" radius="sm">
                {enabled ? 'Enabled' : 'Not set'}
              </Badge>
            </Group>
          );
        })}
      </Stack>

      <Text fz="xs" c="dimmed" mt="md">
        “Remember on this device” is under Sign-in rules above.
      </Text>

      {!keychainAvailable ? (
        <Alert mt="md" color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="OS keychain not available">
          <Text fz="sm">{status.keychain?.message || 'The OS keychain could not be reached.'}</Text>
          <Button
            mt="xs"
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} />}
            loading={recheck.isPending}
            onClick={() => recheck.mutate()}
          >
            Check again
          </Button>
        </Alert>
      ) : null}
    </Card>
  );
}
