import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { queryKeys } from '@/lib/queryKeys';
import {
  bulkRecords,
  createRecord,
  deleteRecord,
  purgeRecord,
  restoreRecord,
  updateRecord,
  type BulkRequest,
  type Plain,
  type RecordInput,
} from '../api/recordsApi';

/** Any record write can change lists, counts, timelines and search hits. */
function useRefresh() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.records }),
      client.invalidateQueries({ queryKey: queryKeys.search }),
    ]);
}

const failed = (title: string) => (error: unknown) =>
  notifications.show({ color: 'red', title, message: describeError(error) });

export function useSaveRecord() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: RecordInput) => (input.id ? updateRecord(input) : createRecord(input)),
    onSuccess: refresh,
  });
}

export function useDeleteRecord() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ entity, id }: { entity: string; id: string }) => deleteRecord(entity, id),
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'Moved to Trash', message: 'You can restore it from the Trash.' });
      return refresh();
    },
    onError: failed('Could not move to Trash'),
  });
}

export function useRestoreRecord() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ entity, id }: { entity: string; id: string }) => restoreRecord(entity, id),
    onSuccess: (record) => {
      notifications.show({ color: 'teal', title: 'Restored', message: `${record.title || 'The record'} is back.` });
      return refresh();
    },
    onError: failed('Could not restore'),
  });
}

export function usePurgeRecord() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ entity, id }: { entity: string; id: string }) => purgeRecord(entity, id),
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'Deleted for good', message: 'The record was purged from the Trash.' });
      return refresh();
    },
    onError: failed('Could not delete for good'),
  });
}

export function useBulkAction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (req: Plain<BulkRequest>) => bulkRecords(req),
    onSettled: refresh,
    onError: failed('The bulk action failed'),
  });
}
