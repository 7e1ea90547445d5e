import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled block of the report builder. */
export function BuilderSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <div>
          <Title order={3} fz="sm">{title}</Title>
          {hint && <Text fz="xs" c="dimmed">{hint}</Text>}
        </div>
        {children}
      </Stack>
    </Card>
  );
}
