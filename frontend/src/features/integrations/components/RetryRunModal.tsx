import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { JobProgressBar } from '@/components/JobProgressBar';
import { describeError } from '@/lib/errors';
import { useRetryRun } from '../hooks/useRetryRun';
import { useSaveRetryReport } from '../hooks/useSaveRetryReport';
import type { IntegrationRun } from '../types/integrationTypes';
import { retryIntro, retryOutcome } from '../types/retryText';

type RetryRunModalProps = { run: IntegrationRun | null; onClose: () => void };

/** Confirms a retry (an import, or a scheduled report), runs it with progress (and Cancel for imports), then shows what it did. */
export function RetryRunModal({ run, onClose }: RetryRunModalProps) {
  const { retry, running, progress, cancel, cancelling } = useRetryRun();
  const saveReport = useSaveRetryReport();
  const close = () => {
    if (running) return;
    retry.reset();
    onClose();
  };
  const intro = retryIntro(run?.kind ?? 'import');
  const outcome = retry.data ? retryOutcome(retry.data) : null;
  const isImport = run?.kind === 'import';
  return (
    <Modal opened={run !== null} onClose={close} title={intro.title} centered size="lg" closeOnClickOutside={!running} withCloseButton={!running}>
      {run ? (
        <Stack gap="md">
          {outcome ? (
            <>
              <Alert color={outcome.color} variant="light" title={outcome.title} data-testid="retry-result">
                {outcome.lines.map((line) => <Text key={line} fz="sm">{line}</Text>)}
              </Alert>
              <Group justify="flex-end">
                {retry.data?.importId && retry.data.problemsTotal > 0 ? (
                  <Button
                    variant="default"
                    leftSection={<IconDownload size={16} />}
                    loading={saveReport.isPending}
                    onClick={() => saveReport.mutate({ importId: retry.data?.importId ?? '', runName: run.name })}
                  >
                    Download report (.xlsx)
                  </Button>
                ) : null}
                <Button onClick={close}>Close</Button>
              </Group>
            </>
          ) : running ? (
            <JobProgressBar
              label="Retry progress"
              percent={isImport ? progress.percent : null}
              text={isImport && progress.percent !== null ? `Importing… ${progress.percent}%` : 'Running…'}
              onCancel={isImport ? cancel : undefined}
              cancelling={cancelling}
            />
          ) : (
            <>
              <Text fz="sm"><b>{run.name}</b> {intro.body}</Text>
              <Text fz="sm" c="dimmed">{intro.note}</Text>
              {retry.isError ? <Alert color="red" variant="light" title="It could not run again">{describeError(retry.error)}</Alert> : null}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>Cancel</Button>
                <Button onClick={() => retry.mutate(run.id)} loading={retry.isPending} data-autofocus>{intro.action}</Button>
              </Group>
            </>
          )}
        </Stack>
      ) : null}
    </Modal>
  );
}
