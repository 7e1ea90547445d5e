import { useCallback, useState } from 'react';
import type { DrillTarget } from '../components/DrillDownDrawer';
import type { DashboardFilters, ReportResult, Widget } from '../types/dashboardTypes';
import { canDrill, drillTitle, widgetRunSpec, widgetSourceSpec } from '../types/drill';
import { useDateFields, useReportChoices } from './useDashboards';
import { useDashboardPermissions } from './useDashboardPermissions';

/**
 * Drilling down from widgets: which widgets drill (a summary or matrix the
 * viewer can run: reports.view, the report known, the catalog loaded), and
 * the target the drawer shows after a click.
 */
export function useWidgetDrill(filters: DashboardFilters) {
  const { canReports, userId } = useDashboardPermissions();
  const reports = useReportChoices(canReports);
  const dateFields = useDateFields(canReports);
  const [target, setTarget] = useState<DrillTarget | null>(null);

  const drillFor = useCallback(
    (widget: Widget, result: ReportResult | undefined) => {
      if (!canReports || !dateFields.ready || !result || widget.type === 'kpi' || widget.options.targetId) return undefined;
      const source = widgetSourceSpec(widget, reports.specs);
      if (!source || !canDrill(source)) return undefined;
      return (groupValues: unknown[]) =>
        setTarget({
          spec: widgetRunSpec(source, widget, filters, { userId, dateFields: dateFields.of(source.entity) }),
          groupValues,
          title: drillTitle(groupValues, result.columns),
          widgetTitle: widget.title,
        });
    },
    [canReports, dateFields, reports.specs, filters, userId],
  );

  return { target, drillFor, close: () => setTarget(null) };
}
