import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconList, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { JobProgressBar } from '@/components/JobProgressBar';
import { describeError } from '@/lib/errors';
import type { ImportTarget } from '../hooks/useImportableEntities';
import { countsSummary } from '../types/importCounts';
import { progressText } from '../types/importFormat';
import type { ImportResult } from '../types/importTypes';
import { CountTiles } from './CountTiles';
import { DownloadReportButton } from './DownloadReportButton';
import { ProblemsSection } from './ProblemsSection';
import { RevertImportModal } from './RevertImportModal';

type ImportStepProps = {
  target: ImportTarget;
  fileName: string;
  running: boolean;
  percent: number | null;
  onCancel: () => void;
  cancelling: boolean;
  error: unknown;
  result: ImportResult | null;
  listPath: string;
  onBack: () => void;
  onStartOver: () => void;
};

const HEADLINE: Record<string, { color: string; title: string }> = {
  done: { color: 'teal', title: 'Import finished' },
  cancelled: { color: 'orange', title: 'Import cancelled' },
  failed: { color: 'red', title: 'The import failed' },
};

/** Step 4: the import with progress and Cancel, then what it did, the report, the records and Revert. */
export function ImportStep({ target, fileName, running, percent, onCancel, cancelling, error, result, listPath, onBack, onStartOver }: ImportStepProps) {
  const [reverting, setReverting] = useState(false);
  const [reverted, setReverted] = useState(false);
  if (running || (!result && !error)) {
    return (
      <Paper withBorder p="lg" radius="md" mt="md">
        <Stack gap="sm">
          <Text fw={600}>Importing {fileName}</Text>
          <Text fz="sm" c="dimmed">Rows are written in chunks; Cancel stops after the current one, and what was written can be reverted.</Text>
          <JobProgressBar label="Import progress" percent={percent} text={progressText(false, percent)} onCancel={onCancel} cancelling={cancelling} />
        </Stack>
      </Paper>
    );
  }
  if (!result) {
    return (
      <Stack gap="md" pt="md">
        <Alert color="red" variant="light" title="The import did not start">{describeError(error)}</Alert>
        <Group>
          <Button variant="default" onClick={onBack}>Back to the dry run</Button>
        </Group>
      </Stack>
    );
  }
  const headline = HEADLINE[result.status] ?? HEADLINE.failed;
  const wrote = result.counts.new + result.counts.update > 0;
  return (
    <Stack gap="md" pt="md" data-testid="import-result">
      <Alert color={reverted ? 'gray' : headline.color} variant="light" title={reverted ? 'Import reverted' : headline.title}>
        <Text fz="sm">
          {reverted ? 'The records this import created were removed and the ones it updated got their earlier values back.' : `${fileName}: ${countsSummary(result.counts)}.`}
        </Text>
        {!reverted && result.status === 'failed' && result.message ? <Text fz="sm" mt={4}>{result.message}</Text> : null}
        {!reverted && result.status === 'cancelled' ? (
          <Text fz="sm" mt={4}>What was written before Cancel stays: revert it below, or run the import again with Retry in the integration log.</Text>
        ) : null}
      </Alert>
      <CountTiles counts={result.counts} dryRun={false} />
      <ProblemsSection problems={result.problems} total={result.problemsTotal} />
      <Group justify="space-between">
        <Group gap="sm">
          <Button component={Link} to={listPath} leftSection={<IconList size={16} />}>View in {target.labelPlural}</Button>
          <DownloadReportButton resultId={result.id} fileName={fileName} />
          {wrote && !reverted ? (
            <Button variant="light" color="red" leftSection={<IconArrowBackUp size={16} />} onClick={() => setReverting(true)}>
              Revert this import
            </Button>
          ) : null}
        </Group>
        <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={onStartOver}>Start a new import</Button>
      </Group>
      <RevertImportModal
        batch={reverting ? { id: result.id, fileName, entity: target.name, counts: result.counts } : null}
        onClose={() => setReverting(false)}
        onReverted={() => setReverted(true)}
      />
    </Stack>
  );
}
