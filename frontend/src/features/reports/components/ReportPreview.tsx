import { Alert, Badge, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { usePreview } from '../hooks/useReportResult';
import type { ReportSpec } from '../types/reportTypes';
import { ReportResultView } from './ReportResultView';

/** Rows a tabular preview reads: enough to judge it, cheap to re-run on every change. */
export const PREVIEW_ROWS = 200;

type ReportPreviewProps = {
  /** The spec once editing paused (the builder debounces it). */
  spec: ReportSpec;
  /** Client-side problems in the spec or in the one being edited: the preview waits until there are none. */
  invalid: boolean;
  /** The spec is still being edited. */
  waiting: boolean;
  /** Reports the backend's field errors of the last run (e.g. {"filters[0].value": "…"}). */
  onBackendErrors: (fields: Record<string, string>) => void;
};

/** A live preview of the spec being built: re-run (debounced) as it changes; drill-downs work here too. */
export function ReportPreview({ spec, invalid, waiting, onBackendErrors }: ReportPreviewProps) {
  const runnable = useMemo<ReportSpec | null>(() => {
    if (invalid) return null;
    return spec.format === 'tabular' || !spec.format ? { ...spec, limit: Math.min(spec.limit || PREVIEW_ROWS, PREVIEW_ROWS) } : spec;
  }, [spec, invalid]);
  const preview = usePreview(runnable);
  const error = preview.isError ? toAppError(preview.error) : null;

  useEffect(() => {
    onBackendErrors(error?.fields ?? {});
  }, [error, onBackendErrors]);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Preview" data-testid="report-preview">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="md">Preview</Title>
        {(waiting || preview.isFetching) && !invalid ? (
          <Group gap={6}><Loader size="xs" /><Text fz="xs" c="dimmed">Updating…</Text></Group>
        ) : spec.format === 'tabular' ? (
          <Badge variant="light" color="gray">First {PREVIEW_ROWS} rows</Badge>
        ) : null}
      </Group>
      {invalid ? (
        <Center mih={200}>
          <Text fz="sm" c="dimmed" ta="center" maw={360}>Finish the highlighted settings on the left to see a preview.</Text>
        </Center>
      ) : error ? (
        <Alert color="red" variant="light" title="The report cannot run like this">
          {describeError(error)}
        </Alert>
      ) : preview.data && runnable ? (
        <Stack gap="xs" style={{ opacity: preview.isPlaceholderData ? 0.6 : 1 }}>
          <ReportResultView result={preview.data} spec={runnable} label="Preview" chartHeight={260} />
        </Stack>
      ) : (
        <Center mih={200}><Loader /></Center>
      )}
    </Card>
  );
}
