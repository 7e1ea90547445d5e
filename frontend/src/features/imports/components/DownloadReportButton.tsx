import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useSaveImportReport } from '../hooks/useSaveImportReport';

/** Saves the row-by-row report (.xlsx) of a dry run or import. */
export function DownloadReportButton({ resultId, fileName }: { resultId: string; fileName: string }) {
  const save = useSaveImportReport();
  return (
    <Button variant="default" leftSection={<IconDownload size={16} />} loading={save.isPending} onClick={() => save.mutate({ resultId, fileName })}>
      Download report (.xlsx)
    </Button>
  );
}
