import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConfirmModal } from '@/components/ConfirmModal';
import { describeError } from '@/lib/errors';
import { useSchedulePermissions } from '../hooks/useSchedulePermissions';
import { useDeleteSchedule, useRunNow, useSaveSchedule, useSchedules } from '../hooks/useSchedules';
import { toggledInput } from '../types/scheduleForm';
import type { ReportSchedule } from '../types/scheduleTypes';
import { RunHistoryDrawer } from './RunHistoryDrawer';
import { ScheduleModal } from './ScheduleModal';
import { SchedulesTable } from './SchedulesTable';

/**
 * Scheduled reports (reports.view): the viewer's own schedules with their
 * last run, Run now, the run history (?history=<id>), pause/resume, change
 * and delete; "New schedule" with reports.manage and data.export.
 */
export function SchedulesPage() {
  const { canSchedule, canRun } = useSchedulePermissions();
  const schedules = useSchedules();
  const [params, setParams] = useSearchParams();
  const historyId = params.get('history');
  const [modal, setModal] = useState<{ schedule?: ReportSchedule } | null>(null);
  const [deleting, setDeleting] = useState<ReportSchedule | null>(null);
  const runNow = useRunNow();
  const remove = useDeleteSchedule();
  const toggle = useSaveSchedule();
  const list = schedules.data ?? [];

  const openHistory = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('history', id);
    else next.delete('history');
    setParams(next, { replace: !id });
  };

  return (
    <Stack gap="md" maw={1280}>
      <Anchor component={Link} to="/reports" fz="sm">
        <Group gap={4}><IconArrowLeft size={14} />All reports</Group>
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} fz={22}>Scheduled reports</Title>
          <Text fz="sm" c="dimmed">Saved reports written to Excel files in a folder, daily, weekly or monthly, while FieldVault runs. Only you see your schedules.</Text>
        </div>
        {canSchedule ? (
          <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setModal({})}>New schedule</Button>
        ) : null}
      </Group>
      {schedules.isError ? <Alert color="red" variant="light" title="The schedules could not load">{describeError(schedules.error)}</Alert> : null}
      {schedules.isPending ? (
        <Center mih={200}><Loader /></Center>
      ) : list.length === 0 && !schedules.isError ? (
        <Center mih={240}>
          <Stack align="center" gap="xs" maw={440}>
            <Title order={3} fz="md">No scheduled reports</Title>
            <Text fz="sm" c="dimmed" ta="center">
              {canSchedule
                ? 'Choose “New schedule”, or “Schedule” on a saved report, to have it written to a folder on a regular basis.'
                : 'Scheduling reports needs the permission to manage reports and export data.'}
            </Text>
          </Stack>
        </Center>
      ) : (
        <SchedulesTable
          schedules={list}
          canSchedule={canSchedule}
          canRun={canRun}
          running={runNow.isPending ? (runNow.variables ?? null) : null}
          toggling={toggle.isPending ? (toggle.variables?.id ?? null) : null}
          onRunNow={(s) => runNow.mutate(s.id)}
          onHistory={(s) => openHistory(s.id)}
          onEdit={(s) => setModal({ schedule: s })}
          onDelete={setDeleting}
          onToggle={(s, enabled) =>
            toggle.mutate(toggledInput(s, enabled), {
              onSuccess: (saved) => notifications.show({ color: 'teal', title: saved.enabled ? 'Schedule resumed' : 'Schedule paused', message: saved.reportName }),
              onError: (error) => notifications.show({ color: 'red', title: 'The schedule could not be changed', message: describeError(error) }),
            })
          }
        />
      )}
      <ScheduleModal opened={modal !== null} onClose={() => setModal(null)} schedule={modal?.schedule} />
      <RunHistoryDrawer schedule={list.find((s) => s.id === historyId) ?? null} scheduleId={historyId} onClose={() => openHistory(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this schedule?"
        confirmLabel="Delete schedule"
        danger
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSettled: () => setDeleting(null) })}
      >
        <Text fz="sm">“{deleting?.reportName}” is no longer written on this schedule, and its run history is deleted. Files already written stay.</Text>
      </ConfirmModal>
    </Stack>
  );
}
