import { Alert as Callout, Group, Loader, SegmentedControl, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconBellRinging, IconLockExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '@/lib/errors';
import { useSecurityDashboard } from '../hooks/useSecurityDashboard';
import { ChartCard } from './ChartCard';
import { CriticalChangesTable } from './CriticalChangesTable';
import { DashboardCharts } from './DashboardCharts';
import { KpiTile } from './KpiTile';
import { TopAccessorsTable } from './TopAccessorsTable';

const RANGES = ['7', '30', '90'] as const;

/** Security → Dashboard: open alerts, alerts over time and by rule, failed sign-ins, top accessors, critical changes. */
export function DashboardPanel() {
  const [range, setRange] = useState<string>('30');
  const days = Number(range);
  const dashboard = useSecurityDashboard(days);
  const navigate = useNavigate();
  const data = dashboard.data;
  const failed = data?.failedSignIns.reduce((total, row) => total + row.count, 0) ?? 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Group gap="xs">
          <Text fz="sm" c="dimmed">
            Period
          </Text>
          <SegmentedControl
            value={range}
            onChange={setRange}
            aria-label="Period"
            data={RANGES.map((value) => ({ value, label: `${value} days` }))}
          />
          {dashboard.isFetching && data ? <Loader size="xs" /> : null}
        </Group>
      </Group>
      {dashboard.isError ? (
        <Callout color="red" variant="light" icon={<IconAlertCircle size={18} />} title="The dashboard could not be loaded">
          {describeError(dashboard.error)}
        </Callout>
      ) : null}
      {dashboard.isPending ? <Skeleton h={420} /> : null}
      {data ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <KpiTile
              label="Open alerts"
              value={data.openAlerts}
              hint="Waiting for review — open the list"
              color={data.openAlerts > 0 ? 'red' : 'teal'}
              icon={<IconBellRinging size={22} />}
              onClick={() => navigate('/security/alerts?status=open')}
            />
            <KpiTile
              label="Failed sign-ins"
              value={failed}
              hint={`In the last ${data.days} days`}
              color={failed > 0 ? 'orange' : 'teal'}
              icon={<IconLockExclamation size={22} />}
            />
          </SimpleGrid>
          <DashboardCharts data={data} />
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
            <ChartCard title="Top data accessors" empty={data.topAccessors.length === 0} emptyText="Nobody viewed or exported records." height={120}>
              <TopAccessorsTable rows={data.topAccessors} />
            </ChartCard>
            <ChartCard title="Recent critical changes" empty={data.criticalChanges.length === 0} emptyText="No critical changes." height={120}>
              <CriticalChangesTable rows={data.criticalChanges} />
            </ChartCard>
          </SimpleGrid>
        </>
      ) : null}
    </Stack>
  );
}
