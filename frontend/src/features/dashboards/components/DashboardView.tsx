import type { DashboardFilters, Widget, WidgetData } from '../types/dashboardTypes';
import { useWidgetDrill } from '../hooks/useWidgetDrill';
import { DashboardGrid } from './DashboardGrid';
import { DrillDownDrawer } from './DrillDownDrawer';
import { WidgetBody } from './WidgetBody';
import { WidgetCard } from './WidgetCard';

type DashboardViewProps = {
  widgets: readonly Widget[];
  /** Widget data by id; undefined while the first load runs. */
  data: ReadonlyMap<string, WidgetData> | undefined;
  filters: DashboardFilters;
};

const HINTS: Record<string, string> = {
  bar: 'Click a bar to list its records',
  line: 'Click a point to list its records',
  area: 'Click a point to list its records',
  pie: 'Click a slice to list its records',
  donut: 'Click a slice to list its records',
  funnel: 'Click a stage to list its records',
  table: 'Click a row to list its records',
};

/** The dashboard as people use it: the grid of widgets; a click on a bar, slice or row lists its records. */
export function DashboardView({ widgets, data, filters }: DashboardViewProps) {
  const drill = useWidgetDrill(filters);
  return (
    <>
      <DashboardGrid
        widgets={widgets}
        renderWidget={(widget) => {
          const wd = data?.get(widget.id);
          const onDrill = drill.drillFor(widget, wd?.result);
          return (
            <WidgetCard title={widget.title} hint={onDrill && wd?.result?.rows.length ? HINTS[widget.type] : undefined}>
              <WidgetBody widget={widget} data={wd} onDrill={onDrill} />
            </WidgetCard>
          );
        }}
      />
      <DrillDownDrawer target={drill.target} onClose={drill.close} />
    </>
  );
}
