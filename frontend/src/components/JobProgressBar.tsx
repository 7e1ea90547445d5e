import { Button, Group, Progress, Stack, Text } from '@mantine/core';

type JobProgressBarProps = {
  /** Names the bar for screen readers, e.g. "Import progress". */
  label: string;
  /** 0–100, or null while the total is unknown (a striped, moving bar). */
  percent: number | null;
  /** What is happening, e.g. "Checking rows… 42%". */
  text: string;
  onCancel?: () => void;
  cancelling?: boolean;
};

/** A running backend job: a bar, a line of text and (when it can stop) Cancel. */
export function JobProgressBar({ label, percent, text, onCancel, cancelling = false }: JobProgressBarProps) {
  return (
    <Stack gap={6}>
      <Progress size="lg" radius="sm" value={percent ?? 100} striped={percent === null} animated={percent === null} aria-label={label} transitionDuration={150} />
      <Group justify="space-between" wrap="nowrap">
        <Text fz="sm" c="dimmed" aria-live="polite">{cancelling ? 'Cancelling…' : text}</Text>
        {onCancel ? (
          <Button size="xs" variant="default" onClick={onCancel} loading={cancelling}>Cancel</Button>
        ) : null}
      </Group>
    </Stack>
  );
}
