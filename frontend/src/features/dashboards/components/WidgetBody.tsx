import { Center, Skeleton, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { isChartType } from '../charts/widgetChartOption';
import type { Widget, WidgetData } from '../types/dashboardTypes';
import { KpiWidget } from './KpiWidget';
import { TableWidget } from './TableWidget';
import { WithheldWidget } from './WithheldWidget';

// ECharts is only loaded once a chart widget shows.
const ChartWidget = lazy(() => import('./ChartWidget').then((m) => ({ default: m.ChartWidget })));

type WidgetBodyProps = {
  widget: Widget;
  /** undefined while loading; null when there are no data for it (a widget added in the editor). */
  data: WidgetData | null | undefined;
  onDrill?: (groupValues: unknown[]) => void;
};

/** What a widget shows: its KPI, chart or table, a withheld notice, or a placeholder while loading. */
export function WidgetBody({ widget, data, onDrill }: WidgetBodyProps) {
  if (data === undefined) return <Skeleton h="100%" radius="sm" />;
  if (data === null) {
    return (
      <Center h="100%">
        <Text fz="sm" c="dimmed" ta="center">Shown once the dashboard is saved.</Text>
      </Center>
    );
  }
  if (data.error) return <WithheldWidget message={data.error.message} />;
  if (data.kpi) return <KpiWidget kpi={data.kpi} rows={widget.h} />;
  if (!data.result) return <Text fz="sm" c="dimmed">No data.</Text>;
  if (isChartType(widget.type)) {
    return (
      <Suspense fallback={<Skeleton h="100%" radius="sm" />}>
        <ChartWidget type={widget.type} title={widget.title} result={data.result} stacked={!!widget.options.stacked} onDrill={onDrill} />
      </Suspense>
    );
  }
  return <TableWidget result={data.result} onDrill={onDrill} />;
}
