import { Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type WidgetCardProps = {
  title: string;
  /** Beside the title (e.g. the editor's controls). */
  actions?: ReactNode;
  /** A hint under the title (e.g. "Click a bar to list its records"). */
  hint?: string;
  /** Red border: the layout editor marks a widget the backend refused. */
  invalid?: boolean;
  children: ReactNode;
  testId?: string;
};

/** The frame of one widget: a bordered card filling its grid cell, the title on top, the body filling the rest. */
export function WidgetCard({ title, actions, hint, invalid, children, testId = 'dashboard-widget' }: WidgetCardProps) {
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      h="100%"
      component="section"
      aria-label={title}
      data-testid={testId}
      style={{ display: 'flex', flexDirection: 'column', minWidth: 0, borderColor: invalid ? 'var(--mantine-color-red-6)' : undefined }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" mb={6} mih={24}>
        <Title order={3} fz="sm" fw={600} lineClamp={1} title={title}>
          {title}
        </Title>
        {actions}
      </Group>
      {hint ? (
        <Text fz="xs" c="dimmed" mt={-6} mb={4} lineClamp={1}>
          {hint}
        </Text>
      ) : null}
      <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>{children}</div>
    </Card>
  );
}
