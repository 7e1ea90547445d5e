import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queryKeys';
import type { Stage } from '@/lib/stages';
import { saveStages } from '../api/pipelineApi';

export function useSaveStages() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveStages,
    onSuccess: (stages: Stage[]) => {
      client.setQueryData(queryKeys.stages, stages);
      return client.invalidateQueries({ queryKey: queryKeys.records });
    },
  });
}
