import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { deleteView, listViews, saveView, type SavedViewInput } from '../api/viewsApi';
import { viewsKey } from '../types/listQuery';

export function useViews(entity: string) {
  return useQuery({ queryKey: viewsKey(entity), queryFn: () => listViews(entity) });
}

export function useSaveView(entity: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (view: SavedViewInput) => saveView(view),
    onSuccess: () => client.invalidateQueries({ queryKey: viewsKey(entity) }),
  });
}

export function useDeleteView(entity: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteView(id),
    onSuccess: () => client.invalidateQueries({ queryKey: viewsKey(entity) }),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not delete the view', message: describeError(error) }),
  });
}
