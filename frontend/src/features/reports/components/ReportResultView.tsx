import { Card, Center, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { chartShape } from '../charts/reportChartOption';
import { canDrill, drillTarget, type DrillTarget } from '../types/drill';
import { formatRecordCount, formatValue } from '../types/format';
import type { ReportResult, ReportSpec } from '../types/reportTypes';
import { DrillDownDrawer } from './DrillDownDrawer';
import { MatrixTable } from './MatrixTable';
import { SummaryTable } from './SummaryTable';
import { TabularTable } from './TabularTable';
import { TotalsStrip } from './TotalsStrip';

// ECharts is only needed once a grouped report shows: load it (and the chart) then.
const ReportChart = lazy(() => import('./ReportChart').then((module) => ({ default: module.ReportChart })));

type ReportResultViewProps = {
  result: ReportResult;
  /** The spec that produced the result: its groups (buckets) and what a click drills into. */
  spec: ReportSpec;
  /** A built-in's suggested chart: "table" and "kpi" draw no bar chart. */
  chartHint?: string;
  label: string;
  chartHeight?: number;
};

/**
 * A report result: the bar chart (grouped reports) above the table — a
 * virtualised list, a summary with subtotals and total, or a matrix with
 * totals. Bars, summary lines and matrix cells open the records behind them.
 */
export function ReportResultView({ result, spec, chartHint, label, chartHeight = 320 }: ReportResultViewProps) {
  const [measure, setMeasure] = useState(0);
  const [target, setTarget] = useState<DrillTarget | null>(null);
  const groups = spec.groups ?? [];
  const drillable = canDrill(spec);
  const onDrill = drillable ? (values: unknown[]) => setTarget(drillTarget(values, spec, result)) : undefined;
  const aggCols = result.columns.filter((c) => !c.group);
  const groupCount = result.columns.length - aggCols.length;
  const shape = chartShape(result, measure);
  const showChart = shape !== 'none' && chartHint !== 'table' && chartHint !== 'kpi' && result.rows.length > 0;
  const showTotals = result.format === 'summary' && (groupCount === 0 || !!result.previous);
  const measures = result.format === 'summary' && groupCount === 2 && aggCols.length > 1 ? aggCols : [];

  return (
    <Stack gap="md">
      <Text fz="sm" c="dimmed" data-testid="report-meta">
        {describeResult(result)}
      </Text>
      {showTotals && <TotalsStrip result={result} />}
      {showChart && (
        <Card withBorder radius="md" padding="lg" component="section" aria-label="Chart">
          <Group justify="space-between" align="flex-start" mb="xs">
            <div>
              <Title order={3} fz="sm">
                <Group gap={6} component="span"><IconChartBar size={16} />Chart</Group>
              </Title>
              <Text fz="xs" c="dimmed">
                {drillable ? 'Hover for values; click a bar to list its records; click a legend entry to hide it.' : 'Hover for values; click a legend entry to hide it.'}
              </Text>
            </div>
            {measures.length > 0 && (
              <Select
                size="xs"
                w={220}
                label="Chart shows"
                data={measures.map((c, i) => ({ value: String(i), label: c.label }))}
                value={String(Math.min(measure, measures.length - 1))}
                onChange={(v) => setMeasure(Number(v ?? 0))}
                allowDeselect={false}
              />
            )}
          </Group>
          <Suspense fallback={<Skeleton h={chartHeight} />}>
            <ReportChart result={result} groups={groups} measure={measure} height={chartHeight} label={`${label}: chart`} onDrill={onDrill} />
          </Suspense>
        </Card>
      )}
      {result.rows.length === 0 ? (
        <Center mih={160}>
          <Stack align="center" gap={4}>
            <Title order={3} fz="md">No records match this report</Title>
            <Text fz="sm" c="dimmed">Widen its filters, or check that the records exist and are in your scope.</Text>
          </Stack>
        </Center>
      ) : result.format === 'tabular' ? (
        <TabularTable result={result} label={label} />
      ) : result.format === 'matrix' ? (
        <MatrixTable result={result} groups={groups} onDrill={onDrill} />
      ) : groupCount > 0 ? (
        <SummaryTable result={result} groups={groups} onDrill={onDrill} />
      ) : null}
      {drillable && <DrillDownDrawer spec={spec} target={target} onClose={() => setTarget(null)} />}
    </Stack>
  );
}

/** "1,234 records · Mar 1, 2026 – Mar 31, 2026 · showing the first 1,000 rows". */
function describeResult(result: ReportResult): string {
  const parts = [formatRecordCount(result.rowCount)];
  if (result.period) parts.push(`${formatValue(result.period.from, 'date')} – ${formatValue(result.period.to, 'date')}`);
  if (result.truncated) {
    parts.push(result.format === 'tabular' ? `showing the first ${result.rows.length.toLocaleString('en-US')} rows (export for all)` : 'rows cut at the report’s limit; totals cover all');
  }
  return parts.join(' · ');
}
