import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconRotate } from '@tabler/icons-react';
import { useRotateKeychainKey } from '../hooks/useRotateKeychainKey';

type RotateKeychainKeyCardProps = { keychainInUse: boolean };

export function RotateKeychainKeyCard({ keychainInUse }: RotateKeychainKeyCardProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const rotate = useRotateKeychainKey();

  return (
    <Card withBorder padding="lg" radius="md">
      <Title order={3} fz="md" mb={4}>
        Rotate keychain key
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Replace the key stored in the OS keychain with a new one, for example after this computer was shared or
        serviced. Passphrase and recovery key keep working.
      </Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconRotate size={16} />}
          onClick={open}
          disabled={!keychainInUse}
          loading={rotate.isPending}
        >
          Rotate keychain key
        </Button>
        {!keychainInUse ? (
          <Text fz="xs" c="dimmed">
            Turn on “Remember on this device” first.
          </Text>
        ) : null}
      </Group>

      <Modal opened={opened} onClose={close} title="Rotate the keychain key?" centered>
        <Stack gap="md">
          <Text fz="sm">
            A new key is generated and stored in the OS keychain; the old one stops working. Copies of the old keychain
            entry (for example in a backup of this computer's keychain) will no longer open the workspace.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={rotate.isPending}>
              Cancel
            </Button>
            <Button loading={rotate.isPending} onClick={() => rotate.mutate(undefined, { onSettled: close })}>
              Rotate key
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
