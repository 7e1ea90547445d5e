import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconDatabaseImport } from '@tabler/icons-react';
import { JobProgressBar } from '@/components/JobProgressBar';
import { describeError } from '@/lib/errors';
import type { ImportTarget } from '../hooks/useImportableEntities';
import { countsSummary, writtenCount } from '../types/importCounts';
import { progressText } from '../types/importFormat';
import { recordCount, type ImportResult } from '../types/importTypes';
import { CountTiles } from './CountTiles';
import { DownloadReportButton } from './DownloadReportButton';
import { ProblemsSection } from './ProblemsSection';

type DryRunStepProps = {
  target: ImportTarget;
  fileName: string;
  running: boolean;
  percent: number | null;
  onCancel: () => void;
  cancelling: boolean;
  error: unknown;
  result: ImportResult | null;
  onBack: () => void;
  onImport: () => void;
};

/** Step 3: every row checked as the import would, nothing written: counts, problems, the report, then Import. */
export function DryRunStep({ target, fileName, running, percent, onCancel, cancelling, error, result, onBack, onImport }: DryRunStepProps) {
  const back = <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack} disabled={running}>Back to mapping</Button>;
  if (running || (!result && !error)) {
    return (
      <Paper withBorder p="lg" radius="md" mt="md">
        <Stack gap="sm">
          <Text fw={600}>Dry run of {fileName}</Text>
          <Text fz="sm" c="dimmed">Every row is read, checked and matched with your {target.labelPlural.toLowerCase()}. Nothing is written.</Text>
          <JobProgressBar label="Dry run progress" percent={percent} text={progressText(true, percent)} onCancel={onCancel} cancelling={cancelling} />
        </Stack>
      </Paper>
    );
  }
  if (!result) {
    return (
      <Stack gap="md" pt="md">
        <Alert color="red" variant="light" title="The dry run failed">{describeError(error)}</Alert>
        <Group>{back}</Group>
      </Stack>
    );
  }
  const writes = writtenCount(result.counts);
  return (
    <Stack gap="md" pt="md" data-testid="dry-run-result">
      <div>
        <Text fw={600}>Dry run of {fileName}: {countsSummary(result.counts, true)}</Text>
        <Text fz="sm" c="dimmed">Nothing has been written yet. Importing now would write {recordCount(target.name, writes)}.</Text>
      </div>
      <CountTiles counts={result.counts} dryRun />
      <ProblemsSection problems={result.problems} total={result.problemsTotal} />
      <Group justify="space-between">
        {back}
        <Group gap="sm">
          <DownloadReportButton resultId={result.id} fileName={fileName} />
          <Button leftSection={<IconDatabaseImport size={16} />} onClick={onImport} disabled={writes === 0}>
            Import
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
