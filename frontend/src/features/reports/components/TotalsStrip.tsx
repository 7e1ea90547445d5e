import { Card, Group, SimpleGrid, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight } from '@tabler/icons-react';
import { changePercent, formatChange, formatValue } from '../types/format';
import type { ReportResult } from '../types/reportTypes';

/**
 * The totals of a summary as tiles: every aggregate over all records, and
 * with a period comparison the previous period's value and the change.
 */
export function TotalsStrip({ result }: { result: ReportResult }) {
  const aggs = result.columns.filter((c) => !c.group);
  const total = result.total ?? [];
  const previous = result.previous?.total;
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(4, Math.max(1, aggs.length)) }} spacing="md" data-testid="report-totals">
      {aggs.map((c, i) => {
        const change = previous ? changePercent(total[i], previous[i]) : null;
        const up = change !== null && change > 0;
        return (
          <Card key={c.key} withBorder radius="md" padding="md">
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>{c.label}</Text>
            <Text fz={26} fw={700} lh={1.3}>{formatValue(total[i], c.kind)}</Text>
            {previous && (
              <Group gap={6} wrap="nowrap">
                {change !== null && (
                  <Group gap={2} c={up ? 'teal.7' : change < 0 ? 'red.7' : 'dimmed'} wrap="nowrap">
                    {up ? <IconArrowUpRight size={14} /> : change < 0 ? <IconArrowDownRight size={14} /> : null}
                    <Text fz="sm" fw={600} span>{formatChange(change)}</Text>
                  </Group>
                )}
                <Text fz="xs" c="dimmed">previous period: {formatValue(previous[i], c.kind)}</Text>
              </Group>
            )}
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
