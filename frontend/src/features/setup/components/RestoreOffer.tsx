import { Button, Divider, Group, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';

/** Beside "create a workspace": the way back from a backup (a new computer, a lost one). */
export function RestoreOffer({ onRestore }: { onRestore: () => void }) {
  return (
    <Stack gap="sm">
      <Divider label="or" labelPosition="center" />
      <Group justify="space-between" wrap="nowrap" gap="md">
        <div>
          <Text fz="sm" fw={600}>
            Restore from a backup
          </Text>
          <Text fz="xs" c="dimmed">
            Moving to a new computer, or replacing a lost one? Rebuild the workspace from a FieldVault backup file (.age).
          </Text>
        </div>
        <Button variant="default" leftSection={<IconRestore size={16} />} onClick={onRestore} style={{ flexShrink: 0 }}>
          Restore from a backup…
        </Button>
      </Group>
    </Stack>
  );
}
