import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { queryKeys } from '@/lib/queryKeys';
import { duplicateKeys } from '../api/duplicateKeys';
import { mergeRecords, undoMerge } from '../api/duplicatesApi';
import { MergedNotice } from '../components/MergedNotice';
import type { DuplicateScan, MergeInput } from '../types/duplicateTypes';
import { withoutRecord } from '../types/scanSummary';

/** Records, search hits and the merge history change with a merge or its undo. */
const refresh = (client: QueryClient, entity: string) =>
  Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.records }),
    client.invalidateQueries({ queryKey: queryKeys.search }),
    client.invalidateQueries({ queryKey: duplicateKeys.merges(entity) }),
  ]);

export type MergeVariables = { input: MergeInput; survivorName: string; otherName: string };

/** Undoes a merge and says how it went; `after` runs on success. */
function undo(client: QueryClient, entity: string, mergeId: string, after?: () => void) {
  return undoMerge(mergeId).then(
    (survivor) => {
      notifications.show({ color: 'teal', title: 'Merge undone', message: `Both records are back; ${survivor.title || 'the record'} has its old values.` });
      after?.();
      return refresh(client, entity);
    },
    (error: unknown) => notifications.show({ color: 'red', title: 'The merge could not be undone', message: describeError(error), autoClose: 10_000 }),
  );
}

/**
 * Merges two records; on success the other leaves the scan's groups and a
 * notification offers Undo (which puts the scan back as it was, when nothing
 * else changed it since).
 */
export function useMergeRecords(entity: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input }: MergeVariables) => mergeRecords(input),
    onSuccess: (result, { input, survivorName, otherName }) => {
      const before = client.getQueryData<DuplicateScan>(duplicateKeys.scan(entity));
      const after = before ? withoutRecord(before, input.other) : undefined;
      if (after) client.setQueryData(duplicateKeys.scan(entity), after);
      const restoreScan = () => {
        if (before && client.getQueryData(duplicateKeys.scan(entity)) === after) client.setQueryData(duplicateKeys.scan(entity), before);
      };
      const id = `merge-${result.id}`;
      notifications.show({
        id,
        color: 'teal',
        title: 'Records merged',
        autoClose: 15_000,
        message: (
          <MergedNotice
            text={`${otherName} is in the Trash; ${result.moved === 1 ? '1 link' : `${result.moved} links`} moved to ${survivorName}.`}
            onUndo={() => {
              notifications.hide(id);
              void undo(client, entity, result.id, restoreScan);
            }}
          />
        ),
      });
      return refresh(client, entity);
    },
  });
}

/** Undo from the merge history. */
export function useUndoMerge(entity: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (mergeId: string) => undo(client, entity, mergeId),
  });
}
