import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useIntegrationPermissions } from '../hooks/useIntegrationPermissions';
import { useIntegrationRuns } from '../hooks/useIntegrationRuns';
import { useRunFilters } from '../hooks/useRunFilters';
import type { IntegrationRun } from '../types/integrationTypes';
import { countActiveFilters } from '../types/runFilters';
import { RetryRunModal } from './RetryRunModal';
import { RunFiltersBar } from './RunFiltersBar';
import { RunsTable } from './RunsTable';

/**
 * The integration log: every import, export, scheduled report, backup,
 * restore, archive and sync run, filterable, with Retry on failed or
 * cancelled imports.
 */
export function IntegrationLogPage() {
  const { filters, request, setFilters, clear } = useRunFilters();
  const runs = useIntegrationRuns(request);
  const { seesAll, mayRetry } = useIntegrationPermissions();
  const [retrying, setRetrying] = useState<IntegrationRun | null>(null);
  const list = runs.runs;
  const filtered = countActiveFilters(filters) > 0;
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2} fz={22}>Integration log</Title>
          <Text fz="sm" c="dimmed">
            Imports, exports, scheduled reports, backups and archives: who ran them, when and how they went. {seesAll ? 'Everyone’s runs are listed.' : 'Your own runs are listed.'}
          </Text>
        </div>
        <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => void runs.refetch()} loading={runs.isFetching && !runs.isPending} style={{ flexShrink: 0 }}>
          Refresh
        </Button>
      </Group>
      <RunFiltersBar filters={filters} onChange={setFilters} onClear={clear} />
      {runs.isError ? <Alert color="red" variant="light" title="The log could not load">{describeError(runs.error)}</Alert> : null}
      {runs.isPending ? (
        <Center mih={200}><Loader /></Center>
      ) : list.length === 0 && !runs.isError ? (
        <Center mih={240}>
          <Stack align="center" gap="xs" maw={460}>
            <Title order={3} fz="md">{filtered ? 'No runs match these filters' : 'No runs yet'}</Title>
            <Text fz="sm" c="dimmed" ta="center">
              {filtered
                ? 'Widen the date range or clear the filters to see more.'
                : 'When you import a file, export data or a scheduled report runs, it is logged here with its counts and outcome.'}
            </Text>
            {filtered ? <Button variant="light" onClick={clear}>Clear filters</Button> : null}
          </Stack>
        </Center>
      ) : (
        <>
          <RunsTable runs={list} mayRetry={mayRetry} onRetry={setRetrying} />
          <Group justify="center" gap="sm">
            <Text fz="xs" c="dimmed" data-testid="runs-shown">
              {list.length.toLocaleString('en-US')} {list.length === 1 ? 'run' : 'runs'}{runs.hasNextPage ? ', newest first' : ''}
            </Text>
            {runs.hasNextPage ? (
              <Button variant="default" size="xs" onClick={() => void runs.fetchNextPage()} loading={runs.isFetchingNextPage}>
                Show older runs
              </Button>
            ) : null}
          </Group>
        </>
      )}
      <RetryRunModal run={retrying} onClose={() => setRetrying(null)} />
    </Stack>
  );
}
