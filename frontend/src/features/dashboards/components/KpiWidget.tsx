import { Group, Progress, RingProgress, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import type { KpiData } from '../types/dashboardTypes';
import { formatDay } from '../types/filters';
import { kpiView } from '../types/kpi';

type KpiWidgetProps = { kpi: KpiData; /** Grid rows: a 1-row tile drops the ring. */ rows: number };

/** One big number; with a target, a ring and a bar of the progress toward it; with a comparison, the change. */
export function KpiWidget({ kpi, rows }: KpiWidgetProps) {
  const view = kpiView(kpi);
  const period = kpi.period ? `${formatDay(kpi.period.from)} – ${formatDay(kpi.period.to)}` : null;
  return (
    <Group justify="space-between" align="center" wrap="nowrap" h="100%" gap="sm" data-testid="kpi-widget">
      <Stack gap={4} miw={0} style={{ flex: 1 }}>
        <Tooltip label={view.exact} openDelay={400}>
          <Text fz={30} fw={700} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="kpi-value" truncate>
            {view.value}
          </Text>
        </Tooltip>
        {view.target !== null ? (
          <Stack gap={4}>
            <Text fz="xs" c="dimmed" truncate>
              Target {view.target}
              {kpi.targetName ? ` · ${kpi.targetName}` : ''}
            </Text>
            <Progress value={view.ring} color={view.color} size="sm" radius="xl" aria-label="Progress toward the target" />
          </Stack>
        ) : null}
        {view.change ? (
          <Group gap={4} wrap="nowrap">
            {view.changeUp ? <IconTrendingUp size={14} color="var(--mantine-color-teal-6)" /> : <IconTrendingDown size={14} color="var(--mantine-color-red-6)" />}
            <Text fz="xs" c="dimmed" truncate>{view.change}</Text>
          </Group>
        ) : period && view.target === null ? (
          <Text fz="xs" c="dimmed" truncate>{period}</Text>
        ) : null}
      </Stack>
      {view.percent !== null && rows >= 2 ? (
        <RingProgress
          size={76}
          thickness={8}
          roundCaps
          sections={[{ value: view.ring, color: view.color }]}
          label={<Text ta="center" fz="xs" fw={700}>{Math.round(view.percent)}%</Text>}
          aria-label={`${Math.round(view.percent)}% of the target`}
        />
      ) : null}
    </Group>
  );
}
