import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ImportProblem } from '../types/importTypes';
import { ProblemTable } from './ProblemTable';

type ProblemsSectionProps = { problems: readonly ImportProblem[]; total: number; action?: ReactNode };

/** "Problems (N)" with the table, or a line saying there are none. */
export function ProblemsSection({ problems, total, action }: ProblemsSectionProps) {
  if (total === 0) {
    return (
      <Group gap="xs">
        <ThemeIcon variant="light" color="teal" size="sm" radius="xl"><IconCircleCheck size={14} /></ThemeIcon>
        <Text fz="sm">No problems: every row reads cleanly.</Text>
      </Group>
    );
  }
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Text fw={600} fz="sm">Problems ({total.toLocaleString('en-US')})</Text>
          {total > problems.length ? (
            <Text fz="xs" c="dimmed">
              Showing the first {problems.length.toLocaleString('en-US')}; the downloadable report lists all of them.
            </Text>
          ) : null}
        </div>
        {action}
      </Group>
      <ProblemTable problems={problems} />
    </Stack>
  );
}
