import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconRotateClockwise } from '@tabler/icons-react';
import type { IntegrationRun } from '../types/integrationTypes';
import { canRetry, countsSummary, formatDuration, formatStarted, shortPath } from '../types/runFormat';
import { RunKindLabel } from './RunKindLabel';
import { RunOutcomeBadge } from './RunOutcomeBadge';

type RunsTableProps = { runs: readonly IntegrationRun[]; mayRetry: (kind: string) => boolean; onRetry: (run: IntegrationRun) => void };

const count = (value: number, color: string, label: string) => (
  <Text fz="sm" fw={value > 0 ? 600 : 400} c={value > 0 ? color : 'dimmed'} aria-label={`${value} ${label}`}>{value.toLocaleString('en-US')}</Text>
);

/** The runs: kind, name (where from and to, message), who, when and how long, counts, warnings and errors, outcome (and Retry below it). */
export function RunsTable({ runs, mayRetry, onRetry }: RunsTableProps) {
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table verticalSpacing="sm" highlightOnHover data-testid="integration-runs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>Kind</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th w={110}>By</Table.Th>
            <Table.Th w={150}>Started</Table.Th>
            <Table.Th w={170}>Counts</Table.Th>
            <Table.Th w={90} ta="right">Warnings / errors</Table.Th>
            <Table.Th w={110}>Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => {
            const route = [shortPath(run.source), shortPath(run.target)].filter(Boolean).join(' → ');
            return (
              <Table.Tr key={run.id} data-testid="integration-run-row">
                <Table.Td><RunKindLabel kind={run.kind} /></Table.Td>
                <Table.Td>
                  <Text fz="sm" fw={600} lineClamp={2} title={run.name}>{run.name}</Text>
                  {route ? <Text fz="xs" c="dimmed" truncate="end" title={[run.source, run.target].filter(Boolean).join(' → ')}>{route}</Text> : null}
                  {run.message ? <Text fz="xs" c={run.outcome === 'failed' ? 'red' : 'dimmed'} lineClamp={2} title={run.message}>{run.message}</Text> : null}
                  {run.retryOf ? <Text fz="xs" c="dimmed">Retry of an earlier run</Text> : null}
                </Table.Td>
                <Table.Td><Text fz="sm" truncate="end" title={run.principalName}>{run.principalName || '—'}</Text></Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>{formatStarted(run.startedAt)}</Text>
                    <Text fz="xs" c="dimmed" data-testid="run-duration">{run.outcome === 'running' ? 'Running…' : `took ${formatDuration(run.durationMs)}`}</Text>
                  </Stack>
                </Table.Td>
                <Table.Td><Text fz="sm" c="dimmed" data-testid="run-counts">{countsSummary(run.counts) || '—'}</Text></Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {count(run.warnings, 'yellow.8', 'warnings')}
                    <Text fz="sm" c="dimmed">/</Text>
                    {count(run.errors, 'red', 'errors')}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {/* the width keeps the badge whole: in an auto-sized table it would shrink to nothing */}
                  <Stack gap={6} align="flex-start" miw={104}>
                    <RunOutcomeBadge outcome={run.outcome} />
                    {mayRetry(run.kind) && canRetry(run) ? (
                      <Button size="compact-xs" variant="light" leftSection={<IconRotateClockwise size={12} />} onClick={() => onRetry(run)}>Retry</Button>
                    ) : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
