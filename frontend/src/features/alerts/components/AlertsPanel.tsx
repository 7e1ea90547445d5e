import { Alert as Callout, Card, Center, EmptyState, Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconShieldCheck } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import { useAlertList } from '../hooks/useAlerts';
import { ALERTS_PAGE_SIZE, useAlertListParams } from '../hooks/useAlertListParams';
import { AlertDrawer } from './AlertDrawer';
import { AlertFilters } from './AlertFilters';
import { AlertsTable } from './AlertsTable';

/** Security → Alerts: filters, the paged list (newest first) and the detail drawer. */
export function AlertsPanel() {
  const params = useAlertListParams();
  const list = useAlertList(params.filter);
  const page = list.data;
  const pages = Math.max(1, Math.ceil((page?.total ?? 0) / ALERTS_PAGE_SIZE));
  const filtered = Boolean(params.status || params.severity || params.rule);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <AlertFilters
          status={params.status}
          severity={params.severity}
          rule={params.rule}
          onChange={(changes) => params.update({ ...changes, page: 1 })}
        />
        {page ? (
          <Text fz="sm" c="dimmed">
            {page.total.toLocaleString()} alert{page.total === 1 ? '' : 's'} · {page.open.toLocaleString()} open
          </Text>
        ) : null}
      </Group>
      {list.isError ? (
        <Callout color="red" variant="light" icon={<IconAlertCircle size={18} />} title="The alerts could not be loaded">
          {describeError(list.error)}
        </Callout>
      ) : null}
      <Card withBorder padding={0} radius="md">
        {list.isPending ? (
          <Center h={220}>
            <Loader size="sm" />
          </Center>
        ) : page && page.rows.length > 0 ? (
          <AlertsTable rows={page.rows} selectedId={params.alert} onOpen={(id) => params.update({ alert: id })} />
        ) : page ? (
          <Center mih={260}>
            <EmptyState
              maw={460}
              variant="light"
              icon={<IconShieldCheck size={30} stroke={1.5} />}
              title={filtered ? 'No alerts match these filters' : 'No alerts'}
              description={
                filtered
                  ? 'Choose “Any” in a filter to see more.'
                  : 'When a rule spots something unusual — repeated failed sign-ins, a mass export, a sign-in at odd hours — it shows up here.'
              }
            />
          </Center>
        ) : null}
      </Card>
      {pages > 1 ? (
        <Group justify="flex-end">
          <Pagination total={pages} value={Math.min(params.page, pages)} onChange={(value) => params.update({ page: value })} />
        </Group>
      ) : null}
      <AlertDrawer id={params.alert} onClose={() => params.update({ alert: null })} />
    </Stack>
  );
}
