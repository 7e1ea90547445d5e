import { Alert, Group, Loader, ScrollArea } from '@mantine/core';
import { describeError } from '@/lib/errors';
import { useStages } from '@/lib/stages';
import type { CrmRecord, EntityDef } from '../api/recordsApi';
import { stageFieldOf } from '../types/format';
import type { ListState } from '../types/listQuery';
import { BoardColumn } from './BoardColumn';

type DealBoardProps = { entity: EntityDef; state: ListState; canUpdate: boolean; onMove: (record: CrmRecord, stageId: string) => void };

/** Deals as a Kanban board, one column per pipeline stage. */
export function DealBoard({ entity, state, canUpdate, onMove }: DealBoardProps) {
  const stages = useStages();
  const stageField = stageFieldOf(entity);
  if (stages.isPending) return <Loader m="xl" />;
  if (stages.isError) return <Alert color="red" variant="light">{describeError(stages.error)}</Alert>;
  if (!stageField) return <Alert variant="light">Deals have no stage field.</Alert>;
  return (
    <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars data-testid="deal-board">
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
        {stages.data.map((stage) => (
          <BoardColumn key={stage.id} entity={entity} stage={stage} stageField={stageField} state={state} canUpdate={canUpdate} onMove={onMove} />
        ))}
      </Group>
    </ScrollArea>
  );
}
