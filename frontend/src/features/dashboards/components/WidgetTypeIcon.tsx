import { IconChartArea, IconChartBar, IconChartDonut, IconChartFunnel, IconChartLine, IconChartPie, IconNumber, IconTable } from '@tabler/icons-react';

const ICONS = {
  kpi: IconNumber,
  bar: IconChartBar,
  line: IconChartLine,
  area: IconChartArea,
  pie: IconChartPie,
  donut: IconChartDonut,
  funnel: IconChartFunnel,
  table: IconTable,
} as const;

/** The icon of a widget type. */
export function WidgetTypeIcon({ type, size = 16 }: { type: string; size?: number }) {
  const Icon = ICONS[type as keyof typeof ICONS] ?? IconChartBar;
  return <Icon size={size} stroke={1.6} />;
}
