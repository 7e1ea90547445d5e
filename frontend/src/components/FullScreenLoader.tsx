import { Center, Loader, Stack, Text } from '@mantine/core';

type FullScreenLoaderProps = { label: string };

/** A centred spinner with a sentence saying what is happening. */
export function FullScreenLoader({ label }: FullScreenLoaderProps) {
  return (
    <Center mih="100vh">
      <Stack align="center" gap="sm">
        <Loader size="md" />
        <Text c="dimmed" fz="sm">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
