import { Card, Center, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type ChartCardProps = {
  title: string;
  description?: string;
  /** When true the card shows `emptyText` instead of its children. */
  empty?: boolean;
  emptyText?: string;
  height?: number;
  children: ReactNode;
};

/** A bordered dashboard card with a title; an empty state instead of a blank chart. */
export function ChartCard({ title, description, empty, emptyText = 'Nothing in this period.', height = 280, children }: ChartCardProps) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Title order={3} fz="sm" mb={description ? 2 : 'sm'}>
        {title}
      </Title>
      {description ? (
        <Text fz="xs" c="dimmed" mb="sm">
          {description}
        </Text>
      ) : null}
      {empty ? (
        <Center h={height}>
          <Text fz="sm" c="dimmed">
            {emptyText}
          </Text>
        </Center>
      ) : (
        children
      )}
    </Card>
  );
}
