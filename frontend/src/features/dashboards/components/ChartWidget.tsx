import { Center, Text, useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { chartPalette } from '../charts/chartPalette';
import { clickedGroupValues, widgetChartOption } from '../charts/widgetChartOption';
import type { ReportResult } from '../types/dashboardTypes';
import { EChart } from './EChart';

type ChartWidgetProps = {
  type: string;
  title: string;
  result: ReportResult;
  stacked: boolean;
  /** Called with the group values of a clicked bar, point or slice; unset: not drillable. */
  onDrill?: (groupValues: unknown[]) => void;
};

/** A chart widget (bar, line, area, pie, donut, funnel) in the current color scheme. Loaded on demand with ECharts. */
export function ChartWidget({ type, title, result, stacked, onDrill }: ChartWidgetProps) {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  const option = useMemo(() => widgetChartOption(type, result, chartPalette(theme, scheme), stacked), [type, result, theme, scheme, stacked]);
  if (!option) {
    return (
      <Center h="100%">
        <Text fz="sm" c="dimmed">Nothing to show for these filters.</Text>
      </Center>
    );
  }
  return (
    <EChart
      option={option}
      label={`${title}: ${type} chart${onDrill ? '. Click a bar or slice to list its records.' : ''}`}
      onItemClick={
        onDrill
          ? (params) => {
              const values = clickedGroupValues(params);
              if (values) onDrill(values);
            }
          : undefined
      }
    />
  );
}
