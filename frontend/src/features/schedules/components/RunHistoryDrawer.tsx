import { Alert, Badge, Center, Drawer, Group, Loader, Stack, Table, Text, Tooltip } from '@mantine/core';
import { describeError } from '@/lib/errors';
import { useScheduleRuns } from '../hooks/useSchedules';
import { formatRunTime } from '../types/nextRun';
import type { ReportSchedule } from '../types/scheduleTypes';
import { ScheduleStatusBadge } from './ScheduleStatusBadge';

type RunHistoryDrawerProps = { schedule: ReportSchedule | null; scheduleId: string | null; onClose: () => void };

function duration(start: string, end: string): string {
  const ms = new Date(end).getTime() - new Date(start).getTime();
  if (!Number.isFinite(ms) || ms < 0) return '';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A schedule's last 100 runs, newest first: when, how it went, the file or the error. */
export function RunHistoryDrawer({ schedule, scheduleId, onClose }: RunHistoryDrawerProps) {
  const runs = useScheduleRuns(scheduleId);
  return (
    <Drawer
      opened={scheduleId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Stack gap={0}><Text fw={600}>Run history</Text><Text fz="xs" c="dimmed">{schedule?.reportName}</Text></Stack>}
    >
      {runs.isPending && scheduleId ? <Center mih={160}><Loader size="sm" /></Center> : null}
      {runs.isError ? <Alert color="red" variant="light">{describeError(runs.error)}</Alert> : null}
      {runs.data && runs.data.length === 0 ? <Text fz="sm" c="dimmed">This schedule has not run yet.</Text> : null}
      {runs.data && runs.data.length > 0 ? (
        <Table verticalSpacing="xs" data-testid="run-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Started</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Result</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runs.data.map((r) => (
              <Table.Tr key={r.id} data-testid="run-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text fz="sm">{r.startedAt ? formatRunTime(new Date(r.startedAt)) : '—'}</Text>
                  <Group gap={4}>
                    {r.manual ? <Badge size="xs" variant="outline" color="gray">Run now</Badge> : null}
                    {r.caughtUp ? (
                      <Tooltip label={`Due ${formatRunTime(new Date(r.dueAt))}, while the app was closed or asleep`}>
                        <Badge size="xs" variant="outline" color="yellow">Caught up</Badge>
                      </Tooltip>
                    ) : null}
                    {r.finishedAt ? <Text fz="xs" c="dimmed">{duration(r.startedAt, r.finishedAt)}</Text> : null}
                  </Group>
                </Table.Td>
                <Table.Td><ScheduleStatusBadge run={r} /></Table.Td>
                <Table.Td>
                  {r.status === 'ok' ? (
                    <Stack gap={0}>
                      <Text fz="sm">{r.rows.toLocaleString('en-US')} rows</Text>
                      <Text fz="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>{r.file}</Text>
                    </Stack>
                  ) : (
                    <Text fz="sm" c={r.status === 'failed' ? 'red' : 'dimmed'}>{r.error || '—'}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Drawer>
  );
}
