import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { JobProgress } from '@/lib/jobProgress';
import { formatJobProgress } from '../types/format';

type JobProgressBarProps = { label: string; progress: JobProgress; onCancel: () => void; cancelling?: boolean };

/** A running job: a bar (striped while the total is unknown), how far it is, and Cancel. */
export function JobProgressBar({ label, progress, onCancel, cancelling = false }: JobProgressBarProps) {
  return (
    <Stack gap={6}>
      <Progress
        size="lg"
        radius="sm"
        value={progress.percent ?? 100}
        striped={progress.percent === null}
        animated={progress.percent === null}
        aria-label={label}
        transitionDuration={150}
      />
      <Group justify="space-between" wrap="nowrap">
        <Text fz="sm" c="dimmed" aria-live="polite">
          {cancelling ? 'Cancelling…' : formatJobProgress(progress)}
        </Text>
        <Button size="xs" variant="default" onClick={onCancel} loading={cancelling}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
