import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { chooseSavePath } from '@/lib/saveDialog';
import { saveRetryReport } from '../api/integrationsApi';
import { reportFileName } from '../types/runFormat';

/** Saves the row-by-row report of a retried import as .xlsx where the person chooses. */
export function useSaveRetryReport() {
  return useMutation({
    mutationFn: async ({ importId, runName }: { importId: string; runName: string }) => {
      const path = await chooseSavePath('Save the import report', reportFileName(runName), [{ displayName: 'Excel workbook (*.xlsx)', pattern: '*.xlsx' }]);
      return path ? saveRetryReport(importId, path) : null;
    },
    onSuccess: (path) => {
      if (path) notifications.show({ color: 'teal', title: 'Report saved', autoClose: 10_000, message: `The row-by-row report was saved to ${path}.` });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The report could not be saved', message: describeError(error) }),
  });
}
