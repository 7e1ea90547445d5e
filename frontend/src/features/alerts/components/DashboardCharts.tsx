import { SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import type { SecurityDashboard } from '../api/alertsApi';
import { alertsByDayOption } from '../charts/alertsByDayOption';
import { alertsByRuleOption } from '../charts/alertsByRuleOption';
import { failedSignInsOption } from '../charts/failedSignInsOption';
import { useChartPalette } from '../hooks/useChartPalette';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';

const sum = (rows: readonly { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);

/** The three charts of the dashboard, colored for the current scheme; legends toggle series. */
export function DashboardCharts({ data }: { data: SecurityDashboard }) {
  const palette = useChartPalette();
  const byDay = useMemo(() => alertsByDayOption(data.alertsByDay, data.days, palette), [data, palette]);
  const byRule = useMemo(() => alertsByRuleOption(data.alertsByRule, palette), [data, palette]);
  const failed = useMemo(() => failedSignInsOption(data.failedSignIns, data.days, palette), [data, palette]);

  return (
    <>
      <ChartCard title="Alerts over time" description="Per day, stacked by severity. Click a severity to hide it.">
        <EChart option={byDay} height={280} label={`Alerts per day over the last ${data.days} days, by severity`} />
      </ChartCard>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ChartCard title="Alerts by rule" empty={sum(data.alertsByRule) === 0} emptyText="No rule fired in this period.">
          <EChart option={byRule} height={280} label="Alerts by rule" />
        </ChartCard>
        <ChartCard title="Failed sign-ins" description="Wrong passwords and unknown user names, per day.">
          <EChart option={failed} height={250} label={`Failed sign-ins per day over the last ${data.days} days`} />
        </ChartCard>
      </SimpleGrid>
    </>
  );
}
