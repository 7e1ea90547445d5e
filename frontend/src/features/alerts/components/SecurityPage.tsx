import { Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAdjustments, IconBellRinging, IconChartDonut } from '@tabler/icons-react';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { SECURITY_TABS, isSecurityTab, type SecurityTab } from '../types/alertRoutes';
import { AlertsPanel } from './AlertsPanel';
import { RulesPanel } from './RulesPanel';

// ECharts is only needed on the dashboard: load it (and the charts) when the tab is first opened.
const DashboardPanel = lazy(() => import('./DashboardPanel').then((module) => ({ default: module.DashboardPanel })));

const TAB_META: Record<SecurityTab, { label: string; icon: ReactNode }> = {
  alerts: { label: 'Alerts', icon: <IconBellRinging size={16} /> },
  dashboard: { label: 'Dashboard', icon: <IconChartDonut size={16} /> },
  rules: { label: 'Rules', icon: <IconAdjustments size={16} /> },
};

/** Security (alerts.manage): /security/alerts, /security/dashboard, /security/rules. */
export function SecurityPage() {
  const { tab } = useParams();
  const navigate = useNavigate();
  if (!isSecurityTab(tab)) return <Navigate to="/security/alerts" replace />;

  const panels: Record<SecurityTab, ReactNode> = {
    alerts: <AlertsPanel />,
    dashboard: (
      <Suspense fallback={<Skeleton h={420} />}>
        <DashboardPanel />
      </Suspense>
    ),
    rules: <RulesPanel />,
  };

  return (
    <Stack gap="lg" maw={1280}>
      <div>
        <Title order={2} fz={22}>
          Security
        </Title>
        <Text fz="sm" c="dimmed">
          Suspicious activity flagged by the monitoring rules, what happened lately, and how the rules behave.
        </Text>
      </div>
      <Tabs value={tab} onChange={(value) => value && navigate(`/security/${value}`)} keepMounted={false}>
        <Tabs.List>
          {SECURITY_TABS.map((id) => (
            <Tabs.Tab key={id} value={id} leftSection={TAB_META[id].icon}>
              {TAB_META[id].label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {panels[tab]}
    </Stack>
  );
}
