import { useMemo } from 'react';
import { groupValuesOfClick, reportChartOption } from '../charts/reportChartOption';
import { useChartPalette } from '../hooks/useChartPalette';
import type { ReportGroup, ReportResult } from '../types/reportTypes';
import { EChart } from './EChart';

type ReportChartProps = {
  result: ReportResult;
  groups: readonly ReportGroup[];
  /** The aggregate drawn when there are two groups. */
  measure: number;
  height?: number;
  label: string;
  onDrill?: (groupValues: unknown[]) => void;
};

/** The bar chart of a grouped result; a click on a bar lists the records behind it. Loaded lazily with ECharts. */
export function ReportChart({ result, groups, measure, height = 320, label, onDrill }: ReportChartProps) {
  const palette = useChartPalette();
  const option = useMemo(() => reportChartOption(result, groups, palette, measure), [result, groups, palette, measure]);
  if (!option) return null;
  return (
    <EChart
      option={option}
      height={height}
      label={label}
      testId="report-chart"
      onItemClick={(params) => {
        const values = groupValuesOfClick(params);
        if (values && onDrill) onDrill(values);
      }}
    />
  );
}
