import { ActionIcon, Group, Menu, Switch, Table, Text, Tooltip } from '@mantine/core';
import { IconDots, IconHistory, IconPencil, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { describeRecurrence, formatRunTime, formatShortRunTime, relativeTime } from '../types/nextRun';
import type { ReportSchedule } from '../types/scheduleTypes';
import { ScheduleStatusBadge } from './ScheduleStatusBadge';

type SchedulesTableProps = {
  schedules: readonly ReportSchedule[];
  canSchedule: boolean;
  canRun: boolean;
  /** The schedule whose Run now is in progress. */
  running: string | null;
  toggling: string | null;
  onRunNow: (s: ReportSchedule) => void;
  onHistory: (s: ReportSchedule) => void;
  onEdit: (s: ReportSchedule) => void;
  onDelete: (s: ReportSchedule) => void;
  onToggle: (s: ReportSchedule, enabled: boolean) => void;
};

/** The viewer's schedules: report, when, next run, where to, last run status, and the actions on each. */
export function SchedulesTable({ schedules, canSchedule, canRun, running, toggling, onRunNow, onHistory, onEdit, onDelete, onToggle }: SchedulesTableProps) {
  const now = new Date();
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table verticalSpacing="sm" highlightOnHover data-testid="schedules-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Report</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Next run</Table.Th>
            <Table.Th>Last run</Table.Th>
            <Table.Th w={70}>Active</Table.Th>
            <Table.Th w={80} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schedules.map((s) => {
            const next = s.nextRunAt ? new Date(s.nextRunAt) : null;
            return (
              <Table.Tr key={s.id} data-testid="schedule-row">
                <Table.Td maw={240}>
                  <Text fz="sm" fw={600} lineClamp={2}>{s.reportName}</Text>
                  <Tooltip label={s.folder} openDelay={300}>
                    <Text fz="xs" c="dimmed" truncate data-testid="schedule-folder">{s.folder}</Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td><Text fz="sm" style={{ whiteSpace: 'nowrap' }}>{describeRecurrence(s)}</Text></Table.Td>
                <Table.Td>
                  {next && s.enabled ? (
                    <Tooltip label={`${formatRunTime(next, s.timeZone)} (${s.timeZone})`}>
                      <Stack2 top={formatShortRunTime(next, now)} bottom={relativeTime(next, now)} />
                    </Tooltip>
                  ) : (
                    <Text fz="sm" c="dimmed">Paused</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <ScheduleStatusBadge run={s.lastRun} />
                    {s.lastRun?.startedAt ? <Text fz="xs" c="dimmed">{relativeTime(new Date(s.lastRun.startedAt), now)}</Text> : null}
                  </Group>
                  {s.lastRun?.status === 'failed' && s.lastRun.error ? (
                    <Tooltip label={s.lastRun.error} multiline maw={360} openDelay={300}>
                      <Text fz="xs" c="red" lineClamp={2} maw={240} data-testid="last-run-error">{s.lastRun.error}</Text>
                    </Tooltip>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Switch
                    checked={s.enabled}
                    disabled={!canSchedule || toggling === s.id}
                    onChange={(e) => onToggle(s, e.currentTarget.checked)}
                    aria-label={s.enabled ? `Pause the schedule of ${s.reportName}` : `Resume the schedule of ${s.reportName}`}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {canRun ? (
                      <Tooltip label="Run now: write the file at once">
                        <ActionIcon
                          variant="light"
                          aria-label="Run now"
                          loading={running === s.id}
                          disabled={running !== null && running !== s.id}
                          onClick={() => onRunNow(s)}
                        >
                          <IconPlayerPlay size={16} />
                        </ActionIcon>
                      </Tooltip>
                    ) : null}
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${s.reportName}`}><IconDots size={16} /></ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconHistory size={16} />} onClick={() => onHistory(s)}>Run history</Menu.Item>
                        {canSchedule ? <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(s)}>Change schedule</Menu.Item> : null}
                        <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => onDelete(s)}>Delete</Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Stack2({ top, bottom }: { top: string; bottom: string }) {
  return (
    <div>
      <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>{top}</Text>
      <Text fz="xs" c="dimmed">{bottom}</Text>
    </div>
  );
}
