import { Button, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';

/** The body of the "Records merged" notification: what happened, and Undo. */
export function MergedNotice({ text, onUndo }: { text: string; onUndo: () => void }) {
  return (
    <Stack gap={6} align="flex-start">
      <Text fz="sm">{text}</Text>
      <Button size="compact-sm" variant="light" leftSection={<IconArrowBackUp size={14} />} onClick={onUndo}>
        Undo
      </Button>
    </Stack>
  );
}
