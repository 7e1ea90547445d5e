import { Badge, Tooltip } from '@mantine/core';
import type { ScheduleRun } from '../types/scheduleTypes';

const META: Record<string, { label: string; color: string }> = {
  ok: { label: 'OK', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
  running: { label: 'Running', color: 'blue' },
  skipped: { label: 'Skipped', color: 'gray' },
};

/** A run's outcome as a badge; a failure carries its error in a tooltip (and its title, for screen readers). */
export function ScheduleStatusBadge({ run }: { run?: ScheduleRun }) {
  if (!run) return <Badge variant="outline" color="gray" data-status="none">Not run yet</Badge>;
  const meta = META[run.status] ?? { label: run.status, color: 'gray' };
  const badge = (
    <Badge variant="light" color={meta.color} data-status={run.status} title={run.error || undefined}>
      {meta.label}
    </Badge>
  );
  const tip = run.status === 'failed' ? run.error : run.status === 'skipped' ? 'The workspace was locked: the run repeats at the next unlock.' : '';
  return tip ? <Tooltip label={tip} multiline maw={360} withArrow>{badge}</Tooltip> : badge;
}
