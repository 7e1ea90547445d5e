import { Button, Group, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import type { BulkResult } from '../api/recordsApi';

type BulkFailuresModalProps = { result: BulkResult | null; titles: ReadonlyMap<string, string>; onClose: () => void };

/** Which records a bulk action could not change, and why. */
export function BulkFailuresModal({ result, titles, onClose }: BulkFailuresModalProps) {
  const failed = result?.failed ?? [];
  return (
    <Modal opened={failed.length > 0} onClose={onClose} title="Some records were not changed" centered size="lg">
      <Stack gap="md">
        <Text fz="sm">
          {result?.done.toLocaleString()} done; {failed.length.toLocaleString()} could not be changed:
        </Text>
        <ScrollArea.Autosize mah={320}>
          <List spacing={6} fz="sm" data-testid="bulk-failures">
            {failed.map((f) => (
              <List.Item key={f.id}>
                <Text span fw={600} fz="sm">{titles.get(f.id) ?? f.id}</Text>
                <Text span c="dimmed" fz="sm"> — {f.message}</Text>
              </List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button onClick={onClose}>Close</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
