import { useQuery } from '@tanstack/react-query';
import type { model } from '../../wailsjs/go/models';
import { Stages } from '../../wailsjs/go/service/PipelineService';
import { call } from './call';
import { queryKeys } from './queryKeys';

export type Stage = model.Stage;

/** The deal pipeline stages in board order (records and Admin → Pipeline both read them). */
export function useStages(enabled = true) {
  return useQuery({
    queryKey: queryKeys.stages,
    queryFn: async () => sortStages(await call(() => Stages())),
    enabled,
    staleTime: 60_000,
  });
}

export function sortStages(stages: readonly Stage[] | null): Stage[] {
  return [...(stages ?? [])].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}
