import { ActionIcon, Alert, Button, Group, Loader, Menu, Paper, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarRepeat, IconDots, IconFileSpreadsheet, IconLayoutGrid, IconRefresh, IconTarget, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConfirmModal } from '@/components/ConfirmModal';
import { describeError } from '@/lib/errors';
import { dashboardKeys } from '../api/dashboardKeys';
import { useDeleteDashboard } from '../hooks/useDashboardMutations';
import { useDashboardFilters } from '../hooks/useDashboardFilters';
import { useDashboardPermissions } from '../hooks/useDashboardPermissions';
import { useDashboard, useDashboardData, useDashboardList, useTeams } from '../hooks/useDashboards';
import { useRecordsChangedRefresh } from '../hooks/useRecordsChangedRefresh';
import { filterErrors, withoutFilterParams } from '../types/filters';
import { DashboardFiltersBar } from './DashboardFiltersBar';
import { DashboardPicker } from './DashboardPicker';
import { DashboardView } from './DashboardView';
import { ExportDashboardModal } from './ExportDashboardModal';
import { LayoutEditor } from './LayoutEditor';
import { TargetsModal } from './TargetsModal';

/** Where scheduled report exports are listed (wired in the app's routes). */
const SCHEDULES_PATH = '/reports/schedules';

/**
 * Dashboards (dashboards.view): /dashboards?d=<id>&range=…&team=… — the
 * picker, the dashboard-wide filters, the widget grid (refreshed live when
 * records change), drill-down, Excel export, and for dashboards.manage the
 * layout editor and KPI targets.
 */
export function DashboardsPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('d') ?? '';
  const perms = useDashboardPermissions();
  const client = useQueryClient();
  const list = useDashboardList();
  const dashboard = useDashboard(requested);
  const teams = useTeams();
  const { filters, set: setFilters } = useDashboardFilters(dashboard.data?.filters);
  const filtersOk = Object.keys(filterErrors(filters)).length === 0;
  const data = useDashboardData(requested, filters, dashboard.isSuccess && filtersOk);
  const lastChange = useRecordsChangedRefresh();
  const [editing, setEditing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [targetsOpen, setTargetsOpen] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const open = (id: string) => {
    setEditing(false);
    const next = withoutFilterParams(params);
    next.set('d', id);
    setParams(next);
  };
  const remove = useDeleteDashboard(() => {
    setConfirmDelete(false);
    setParams(new URLSearchParams());
  });

  const byId = useMemo(() => (data.data ? new Map(data.data.widgets.map((w) => [w.id, w])) : undefined), [data.data]);
  const d = dashboard.data;
  const at = data.data?.at ? new Date(data.data.at) : null;

  return (
    <Stack gap="md" maw={1440}>
      <Stack gap={2}>
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Title order={2} fz={22}>Dashboards</Title>
          <Group gap="xs" wrap="nowrap">
            {perms.canReports ? (
              <Button component={Link} to={SCHEDULES_PATH} variant="subtle" leftSection={<IconCalendarRepeat size={16} />}>
                Scheduled reports
              </Button>
            ) : null}
            {!editing && d ? (
              <>
                {perms.canExport ? (
                  <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => setExporting(true)} disabled={!filtersOk}>
                    Export
                  </Button>
                ) : null}
                {perms.canManage ? (
                  <>
                    <Button variant="default" leftSection={<IconTarget size={16} />} onClick={() => setTargetsOpen(true)}>
                      Targets
                    </Button>
                    <Button leftSection={<IconLayoutGrid size={16} />} onClick={() => setEditing(true)}>
                      Edit layout
                    </Button>
                  </>
                ) : null}
                {d.editable && !d.virtual ? (
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" size="lg" aria-label="More dashboard actions"><IconDots size={18} /></ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirmDelete(true)}>Delete dashboard</Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                ) : null}
              </>
            ) : null}
          </Group>
        </Group>
        <Text fz="sm" c="dimmed">KPIs, charts and tables of your reports side by side, refreshed as records change.</Text>
      </Stack>

      <Paper withBorder radius="md" p="sm">
        <Group justify="space-between" gap="sm" wrap="wrap" align="flex-start">
          <Group gap="xs" align="flex-start" wrap="wrap">
            <DashboardPicker
              dashboards={list.data ?? []}
              value={requested || d?.id || ''}
              onChange={open}
              withRoleDefaults={perms.canManage}
              loading={list.isPending}
            />
            <DashboardFiltersBar filters={filters} teams={teams.teams} onChange={setFilters} />
          </Group>
          {d ? (
            <Group gap={6} wrap="nowrap" mih={36} data-testid="dashboard-freshness">
              {data.isFetching ? <Loader size={14} /> : null}
              <Tooltip label={lastChange ? `Records last changed at ${lastChange.toLocaleTimeString()}` : 'Refreshes by itself when records change'}>
                <Text fz="xs" c="dimmed">{at ? `Updated ${at.toLocaleTimeString()}` : ''}</Text>
              </Tooltip>
              <Tooltip label="Refresh now">
                <ActionIcon variant="subtle" color="gray" aria-label="Refresh" onClick={() => void client.invalidateQueries({ queryKey: dashboardKeys.dataAll })}>
                  <IconRefresh size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ) : null}
        </Group>
      </Paper>

      {dashboard.isError ? (
        <Alert color="red" variant="light" title="The dashboard could not be opened">
          {describeError(dashboard.error)}{' '}
          {requested ? <Button variant="subtle" size="compact-sm" onClick={() => setParams(new URLSearchParams())}>Open your default dashboard</Button> : null}
        </Alert>
      ) : null}
      {data.isError ? <Alert color="red" variant="light" title="The widgets could not be loaded">{describeError(data.error)}</Alert> : null}
      {dashboard.isPending ? <Skeleton h={420} radius="md" /> : null}

      {d && editing ? (
        <LayoutEditor
          key={d.id}
          dashboard={d}
          filters={filters}
          data={byId}
          teams={teams.teams}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            if (saved.id !== requested) open(saved.id);
          }}
        />
      ) : d ? (
        d.widgets.length === 0 ? (
          <Paper withBorder radius="md" p="xl" ta="center">
            <Text fw={600}>This dashboard has no widgets</Text>
            <Text fz="sm" c="dimmed">
              {perms.canManage ? 'Choose “Edit layout” to add KPIs, charts and tables of your reports.' : 'Ask someone who manages dashboards to add widgets.'}
            </Text>
          </Paper>
        ) : (
          <DashboardView widgets={d.widgets} data={byId} filters={filters} />
        )
      ) : null}

      {d ? (
        <ExportDashboardModal
          opened={exporting}
          onClose={() => setExporting(false)}
          dashboardId={requested || d.id}
          name={d.name}
          filters={filters}
          teamName={teams.nameOf}
        />
      ) : null}
      {perms.canManage ? <TargetsModal opened={targetsOpen} onClose={() => setTargetsOpen(false)} /> : null}
      <ConfirmModal
        opened={confirmDelete}
        title="Delete this dashboard?"
        confirmLabel="Delete dashboard"
        danger
        loading={remove.isPending}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => d && remove.mutate(d.id)}
      >
        <Text fz="sm">“{d?.name}” is deleted for everyone it is shared with. The reports it shows stay.</Text>
      </ConfirmModal>
    </Stack>
  );
}
