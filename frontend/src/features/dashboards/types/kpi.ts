import type { KpiData } from './dashboardTypes';
import { changePercent, formatChange, formatCompact, formatValue, toNumber } from './format';

/** What a KPI tile shows, derived from the backend's KPI data. */
export type KpiView = {
  value: string;
  /** The exact value, for the tooltip and screen readers. */
  exact: string;
  target: string | null;
  /** Value / target × 100, null without a target. */
  percent: number | null;
  /** The ring's fill, 0–100. */
  ring: number;
  color: string;
  /** "+12.5% vs previous period", null without a comparison. */
  change: string | null;
  changeUp: boolean | null;
};

/**
 * A KPI for display: compact value ("12.5K"), the target, the progress
 * toward it (teal when reached, the brand color past half way, orange
 * below) and the change against the previous period when the report compares.
 */
export function kpiView(kpi: KpiData): KpiView {
  const n = toNumber(kpi.value);
  const percent = toNumber(kpi.percent);
  const change = changePercent(kpi.value, kpi.previous);
  return {
    value: n === null ? formatValue(kpi.value, kpi.kind) : kpi.kind === 'money' && Math.abs(n) < 10_000 ? formatValue(n, 'money') : formatCompact(n, kpi.kind),
    exact: formatValue(kpi.value, kpi.kind),
    target: kpi.target === undefined || kpi.target === null ? null : formatValue(kpi.target, kpi.kind),
    percent,
    ring: percent === null ? 0 : Math.min(100, Math.max(0, percent)),
    color: percent === null ? 'gray' : percent >= 100 ? 'teal' : percent >= 50 ? 'vault' : 'orange',
    change: change === null ? null : `${formatChange(change)} vs previous period`,
    changeUp: change === null ? null : change >= 0,
  };
}
