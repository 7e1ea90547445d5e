import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useImportBatches } from '../hooks/useImportBatches';
import type { ImportBatch } from '../types/importTypes';
import { PastImportsTable } from './PastImportsTable';
import { RevertImportModal } from './RevertImportModal';

/** The "Past imports" tab: every import (the caller's, or everyone's for administrators) with Revert. */
export function PastImportsPanel() {
  const batches = useImportBatches();
  const [reverting, setReverting] = useState<ImportBatch | null>(null);
  const list = batches.data ?? [];
  if (batches.isPending) return <Center mih={200}><Loader /></Center>;
  return (
    <Stack gap="md">
      {batches.isError ? <Alert color="red" variant="light" title="Past imports could not load">{describeError(batches.error)}</Alert> : null}
      {list.length === 0 && !batches.isError ? (
        <Center mih={220}>
          <Stack align="center" gap="xs" maw={440}>
            <Title order={3} fz="md">No imports yet</Title>
            <Text fz="sm" c="dimmed" ta="center">
              Each import is listed here with what it created and changed, so you can revert it. Start one on the “New import” tab.
            </Text>
          </Stack>
        </Center>
      ) : (
        <PastImportsTable batches={list} onRevert={setReverting} />
      )}
      <RevertImportModal batch={reverting} onClose={() => setReverting(null)} />
    </Stack>
  );
}
