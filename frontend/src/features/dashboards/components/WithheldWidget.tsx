import { Center, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

/** A widget the backend withheld from this viewer, with its reason (a confidential field, a record type outside their access…). */
export function WithheldWidget({ message }: { message: string }) {
  return (
    <Center h="100%" data-testid="widget-withheld">
      <Stack gap={6} align="center" maw={360}>
        <ThemeIcon variant="light" color="gray" radius="xl" size="lg">
          <IconLock size={18} />
        </ThemeIcon>
        <Text fz="sm" fw={600} ta="center">Not available to you</Text>
        <Text fz="xs" c="dimmed" ta="center" lineClamp={3}>{message}</Text>
      </Stack>
    </Center>
  );
}
