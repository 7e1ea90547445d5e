import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { JobProgress } from '@/lib/jobProgress';
import { formatProgress } from '../types/auditFormat';

type JobProgressBarProps = {
  label: string;
  progress: JobProgress;
  onCancel: () => void;
  cancelling?: boolean;
  noun?: string;
};

/** A running job: a bar (striped while the total is unknown), "done of total (%)" and Cancel. */
export function JobProgressBar({ label, progress, onCancel, cancelling = false, noun }: JobProgressBarProps) {
  const { done, total, percent } = progress;
  return (
    <Stack gap={6}>
      <Progress
        size="lg"
        radius="sm"
        value={percent ?? 100}
        striped={percent === null}
        animated={percent === null}
        aria-label={label}
        transitionDuration={150}
      />
      <Group justify="space-between" wrap="nowrap">
        <Text fz="sm" c="dimmed" aria-live="polite">
          {cancelling ? 'Cancelling…' : formatProgress(done, total, percent, noun)}
        </Text>
        <Button size="xs" variant="default" onClick={onCancel} loading={cancelling}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
