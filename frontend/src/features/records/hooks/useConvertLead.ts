import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queryKeys';
import type { Plain } from '../api/recordsApi';
import { convertLead, type ConvertLeadRequest } from '../api/viewsApi';

export function useConvertLead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (req: Plain<ConvertLeadRequest>) => convertLead(req),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.records }),
        client.invalidateQueries({ queryKey: queryKeys.search }),
      ]),
  });
}
