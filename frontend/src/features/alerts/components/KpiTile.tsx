import { Card, Group, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

type KpiTileProps = { label: string; value: number; hint: string; color: string; icon: ReactNode; onClick?: () => void };

/** One big number with a label (e.g. open alerts); clickable when `onClick` is given. */
export function KpiTile({ label, value, hint, color, icon, onClick }: KpiTileProps) {
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component={onClick ? 'button' : 'div'}
      onClick={onClick}
      style={{ textAlign: 'left', cursor: onClick ? 'pointer' : undefined }}
      aria-label={`${label}: ${value}`}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text fz={34} fw={700} lh={1.2} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="kpi-value">
            {value.toLocaleString()}
          </Text>
          <Text fz="xs" c="dimmed">
            {hint}
          </Text>
        </div>
        <ThemeIcon size={42} radius="md" variant="light" color={color}>
          {icon}
        </ThemeIcon>
      </Group>
    </Card>
  );
}
