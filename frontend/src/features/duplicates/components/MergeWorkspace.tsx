import { Stack } from '@mantine/core';
import { useState } from 'react';
import type { GroupRecord } from '../types/duplicateTypes';
import { MergeView } from './MergeView';
import { PairPicker } from './PairPicker';

type MergeWorkspaceProps = { entity: string; records: GroupRecord[]; onClose: () => void; onMerged: (otherId: string) => void };

/** A group's merge: two records at a time (a picker when the group has more). */
export function MergeWorkspace({ entity, records, onClose, onMerged }: MergeWorkspaceProps) {
  const [pair, setPair] = useState<[string, string]>([records[0].id, records[1].id]);
  const number = (id: string) => records.findIndex((r) => r.id === id) + 1;
  return (
    <Stack gap="md">
      {records.length > 2 ? <PairPicker records={records} pair={pair} onChange={setPair} /> : null}
      <MergeView key={pair.join('+')} entity={entity} leftId={pair[0]} rightId={pair[1]} numbers={[number(pair[0]), number(pair[1])]}
        onCancel={onClose} onMerged={onMerged} />
    </Stack>
  );
}
