import { Box, Center, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';
import { ColorSchemeToggle } from './ColorSchemeToggle';

type AuthLayoutProps = {
  title: ReactNode;
  subtitle?: ReactNode;
  width?: number;
  children: ReactNode;
};

/** The centred card used before the workspace is open (setup, unlock). */
export function AuthLayout({ title, subtitle, width = 460, children }: AuthLayoutProps) {
  return (
    <Box mih="100vh" bg="var(--mantine-color-body)" style={{ display: 'flex', flexDirection: 'column' }}>
      <Group justify="space-between" px="lg" py="md">
        <BrandMark />
        <ColorSchemeToggle />
      </Group>
      <Center style={{ flex: 1 }} px="md" pb={48}>
        <Stack w="100%" maw={width} gap="lg">
          <Stack gap={4}>
            <Text component="h1" fz={26} fw={700} m={0} lh={1.25}>
              {title}
            </Text>
            {subtitle ? (
              <Text c="dimmed" fz="sm">
                {subtitle}
              </Text>
            ) : null}
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="lg">
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
