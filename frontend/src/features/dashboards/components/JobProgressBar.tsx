import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { JobProgress } from '@/lib/jobProgress';

type JobProgressBarProps = { label: string; progress: JobProgress; noun: string; onCancel: () => void; cancelling: boolean };

/** A running job: a bar (striped while the total is unknown), "done of total" and Cancel. */
export function JobProgressBar({ label, progress, noun, onCancel, cancelling }: JobProgressBarProps) {
  const { done, total, percent } = progress;
  const text = cancelling
    ? 'Cancelling…'
    : percent === null
      ? 'Preparing…'
      : `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${noun}${total === 1 ? '' : 's'} (${percent}%)`;
  return (
    <Stack gap={6}>
      <Progress size="lg" radius="sm" value={percent ?? 100} striped={percent === null} animated={percent === null} aria-label={label} transitionDuration={150} />
      <Group justify="space-between" wrap="nowrap">
        <Text fz="sm" c="dimmed" aria-live="polite">{text}</Text>
        <Button size="xs" variant="default" onClick={onCancel} loading={cancelling}>Cancel</Button>
      </Group>
    </Stack>
  );
}
