import { Badge, Button, Tooltip } from '@mantine/core';
import { IconCalendarRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { useSchedulePermissions } from '../hooks/useSchedulePermissions';
import { useSchedules } from '../hooks/useSchedules';
import { ScheduleModal } from './ScheduleModal';

type ScheduleReportButtonProps = { reportId: string; reportName: string };

/**
 * "Schedule" for a report viewer: opens the report's schedules (create,
 * change, delete). Hidden without reports.manage and data.export; disabled
 * for a built-in report, which must be saved first.
 */
export function ScheduleReportButton({ reportId, reportName }: ScheduleReportButtonProps) {
  const { canSchedule } = useSchedulePermissions();
  const schedules = useSchedules(canSchedule);
  const [open, setOpen] = useState(false);
  if (!canSchedule) return null;
  const builtin = reportId.startsWith('builtin:');
  const count = (schedules.data ?? []).filter((s) => s.reportId === reportId).length;
  const button = (
    <Button
      variant="default"
      leftSection={<IconCalendarRepeat size={16} />}
      rightSection={count > 0 ? <Badge size="xs" variant="light" circle>{count}</Badge> : undefined}
      onClick={() => setOpen(true)}
      disabled={builtin}
    >
      Schedule
    </Button>
  );
  return (
    <>
      {builtin ? <Tooltip label="Built-in reports cannot be scheduled: copy and save it first."><span>{button}</span></Tooltip> : button}
      <ScheduleModal opened={open} onClose={() => setOpen(false)} reportId={reportId} reportName={reportName} />
    </>
  );
}
