import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { chooseSavePath } from '@/lib/saveDialog';
import { saveImportReport } from '../api/importsApi';
import { reportFileName } from '../types/fileInfo';

/** Saves the row-by-row report of a dry run or import as .xlsx where the person chooses. */
export function useSaveImportReport() {
  return useMutation({
    mutationFn: async ({ resultId, fileName }: { resultId: string; fileName: string }) => {
      const path = await chooseSavePath('Save the import report', reportFileName(fileName), [
        { displayName: 'Excel workbook (*.xlsx)', pattern: '*.xlsx' },
      ]);
      if (!path) return null; // the person closed the dialog
      return saveImportReport(resultId, path);
    },
    onSuccess: (saved) => {
      if (!saved) return;
      notifications.show({ color: 'teal', title: 'Report saved', autoClose: 10_000, message: `The row-by-row report was saved to ${saved.path}.` });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The report could not be saved', message: describeError(error) }),
  });
}
