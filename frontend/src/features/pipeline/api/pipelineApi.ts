import { SaveStages } from '../../../../wailsjs/go/service/PipelineService';
import { call } from '@/lib/call';
import { sortStages, type Stage } from '@/lib/stages';

/** Replaces the pipeline (settings.manage); returns the stages as stored, in order. */
export async function saveStages(stages: Stage[]): Promise<Stage[]> {
  return sortStages(await call(() => SaveStages(stages)));
}
