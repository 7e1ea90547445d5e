import { ActionIcon, Button, Group, Modal, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmModal } from '@/components/ConfirmModal';
import { useDeleteSchedule, useSchedules } from '../hooks/useSchedules';
import { describeRecurrence } from '../types/nextRun';
import type { ReportSchedule } from '../types/scheduleTypes';
import { ScheduleForm } from './ScheduleForm';
import { ScheduleStatusBadge } from './ScheduleStatusBadge';

type ScheduleModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The report to schedule; unset: the form asks for one (the schedules page's "New schedule"). */
  reportId?: string;
  reportName?: string;
  /** Open straight on this schedule's form. */
  schedule?: ReportSchedule;
};

/**
 * The schedules of one report: each listed with its last run, to change or
 * delete; the form adds another (it opens directly when there is none yet).
 */
export function ScheduleModal({ opened, onClose, reportId, reportName, schedule }: ScheduleModalProps) {
  const title = schedule ? `Schedule “${schedule.reportName}”` : reportName ? `Schedule “${reportName}”` : 'Schedule a report';
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" centered>
      {opened ? <ScheduleModalBody reportId={reportId} reportName={reportName} schedule={schedule} onClose={onClose} /> : null}
    </Modal>
  );
}

function ScheduleModalBody({ reportId, reportName, schedule, onClose }: Omit<ScheduleModalProps, 'opened'>) {
  const schedules = useSchedules(!!reportId);
  const mine = reportId ? (schedules.data ?? []).filter((s) => s.reportId === reportId) : [];
  const [editing, setEditing] = useState<{ schedule?: ReportSchedule } | null>(schedule ? { schedule } : null);
  const [deleting, setDeleting] = useState<ReportSchedule | null>(null);
  const [saved, setSaved] = useState(false);
  const remove = useDeleteSchedule();
  // With no schedule yet the form opens at once; after saving one, the list shows it.
  const showForm = editing !== null || !reportId || (schedules.isSuccess && mine.length === 0 && !saved);

  if (reportId && schedules.isPending) return <Text fz="sm" c="dimmed">Loading…</Text>;
  if (showForm) {
    return (
      <ScheduleForm
        schedule={editing?.schedule}
        reportId={reportId}
        reportName={reportName}
        onDone={(done) => {
          if (schedule || !reportId) return onClose();
          if (!done && mine.length === 0) return onClose();
          if (done) setSaved(true);
          setEditing(null);
        }}
      />
    );
  }
  return (
    <Stack gap="sm">
      <Text fz="sm" c="dimmed">This report is written to Excel files on these schedules, with what you may see at the time of each run.</Text>
      {mine.map((s) => (
        <Paper key={s.id} withBorder radius="md" p="sm" data-testid="report-schedule">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2} miw={0}>
              <Group gap="xs">
                <Text fz="sm" fw={600}>{describeRecurrence(s)}</Text>
                {!s.enabled ? <Text fz="xs" c="dimmed">(paused)</Text> : null}
              </Group>
              <Text fz="xs" c="dimmed" truncate>{s.folder}</Text>
            </Stack>
            <Group gap={4} wrap="nowrap">
              <ScheduleStatusBadge run={s.lastRun} />
              <Tooltip label="Change"><ActionIcon variant="subtle" color="gray" aria-label="Change schedule" onClick={() => setEditing({ schedule: s })}><IconPencil size={16} /></ActionIcon></Tooltip>
              <Tooltip label="Delete"><ActionIcon variant="subtle" color="red" aria-label="Delete schedule" onClick={() => setDeleting(s)}><IconTrash size={16} /></ActionIcon></Tooltip>
            </Group>
          </Group>
        </Paper>
      ))}
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>Add another schedule</Button>
        <Button variant="subtle" onClick={onClose}>Close</Button>
      </Group>
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this schedule?"
        confirmLabel="Delete schedule"
        danger
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSettled: () => setDeleting(null) })}
      >
        <Text fz="sm">No more files are written on this schedule and its run history is deleted. Files already written stay.</Text>
      </ConfirmModal>
    </Stack>
  );
}
