import { ActionIcon, Alert, Button, Center, Group, Loader, Modal, Progress, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmModal } from '@/components/ConfirmModal';
import { describeError } from '@/lib/errors';
import { useDashboardPermissions } from '../hooks/useDashboardPermissions';
import { useReportChoices, useTeams } from '../hooks/useDashboards';
import { useDeleteTarget, useTargets } from '../hooks/useTargets';
import type { KpiTarget } from '../types/dashboardTypes';
import { formatValue, toNumber } from '../types/format';
import { periodLabel } from '../types/targetForm';
import { kpiValues } from '../types/widgetFit';
import { TargetForm } from './TargetForm';

type TargetsModalProps = { opened: boolean; onClose: () => void };

/** KPI targets (dashboards.manage): each with this period's progress for you; add, change, delete. */
export function TargetsModal({ opened, onClose }: TargetsModalProps) {
  const { canReports } = useDashboardPermissions();
  const targets = useTargets(opened);
  const reports = useReportChoices(opened && canReports);
  const teams = useTeams();
  const [editing, setEditing] = useState<{ target?: KpiTarget } | null>(null);
  const [deleting, setDeleting] = useState<KpiTarget | null>(null);
  const remove = useDeleteTarget();
  const reportName = (id: string) => reports.choices.find((r) => r.id === id)?.name ?? id;
  const valueName = (t: KpiTarget) => {
    const spec = reports.choices.find((r) => r.id === t.report)?.spec;
    return (spec && kpiValues(spec).find((v) => v.value === t.aggregate)?.label) || t.aggregate;
  };

  return (
    <Modal opened={opened} onClose={onClose} title="KPI targets" size="xl" centered>
      {editing ? (
        <TargetForm target={editing.target} reports={reports.choices} teams={teams.teams} onDone={() => setEditing(null)} />
      ) : (
        <Stack gap="md">
          <Group justify="space-between">
            <Text fz="sm" c="dimmed" maw={560}>
              A target is a report’s value to reach this month, quarter or year. KPI widgets can show one; progress is computed for each viewer within what they may see.
            </Text>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})} disabled={!canReports}>Add target</Button>
          </Group>
          {targets.isError ? <Alert color="red" variant="light">{describeError(targets.error)}</Alert> : null}
          {targets.isPending ? (
            <Center mih={120}><Loader size="sm" /></Center>
          ) : (targets.data ?? []).length === 0 ? (
            <Center mih={120}><Text fz="sm" c="dimmed">No targets yet: add one, then show it on a dashboard as a KPI widget.</Text></Center>
          ) : (
            <Table verticalSpacing="xs" data-testid="targets-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Target</Table.Th>
                  <Table.Th>Of</Table.Th>
                  <Table.Th>Period</Table.Th>
                  <Table.Th>Team</Table.Th>
                  <Table.Th w={200}>Progress</Table.Th>
                  <Table.Th w={70} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(targets.data ?? []).map((t) => {
                  const p = t.progress;
                  const kind = p?.kind ?? 'number';
                  const percent = toNumber(p?.percent);
                  return (
                    <Table.Tr key={t.id}>
                      <Table.Td>
                        <Text fz="sm" fw={600}>{t.name}</Text>
                        <Text fz="xs" c="dimmed">{formatValue(t.target, kind)}</Text>
                      </Table.Td>
                      <Table.Td><Text fz="sm">{valueName(t)}</Text><Text fz="xs" c="dimmed">{reportName(t.report)}</Text></Table.Td>
                      <Table.Td fz="sm">{periodLabel(t.period)}</Table.Td>
                      <Table.Td fz="sm">{t.teamId ? (teams.nameOf(t.teamId) ?? 'A team') : 'Workspace'}</Table.Td>
                      <Table.Td>
                        {p ? (
                          <Stack gap={2}>
                            <Text fz="xs">{formatValue(p.value, kind)} of {formatValue(t.target, kind)}{percent !== null ? ` · ${Math.round(percent)}%` : ''}</Text>
                            <Progress value={Math.min(100, Math.max(0, percent ?? 0))} color={percent !== null && percent >= 100 ? 'teal' : 'vault'} size="sm" />
                          </Stack>
                        ) : (
                          <Text fz="xs" c="dimmed">{t.problem ?? 'Not available'}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {t.editable ? (
                          <Group gap={2} wrap="nowrap">
                            <Tooltip label="Change"><ActionIcon variant="subtle" color="gray" aria-label={`Change ${t.name}`} onClick={() => setEditing({ target: t })}><IconPencil size={16} /></ActionIcon></Tooltip>
                            <Tooltip label="Delete"><ActionIcon variant="subtle" color="red" aria-label={`Delete ${t.name}`} onClick={() => setDeleting(t)}><IconTrash size={16} /></ActionIcon></Tooltip>
                          </Group>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this target?"
        confirmLabel="Delete target"
        danger
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSettled: () => setDeleting(null) })}
      >
        <Text fz="sm">“{deleting?.name}” is deleted for everyone. KPI widgets that show it will say it is gone.</Text>
      </ConfirmModal>
    </Modal>
  );
}
