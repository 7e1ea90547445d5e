import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { useMergeRecords } from '../hooks/useMerge';
import { useEntityDefs, useMergePreview, useMergeRecord } from '../hooks/useMergePair';
import { buildRows, displayNames, effectiveChoices, mergeValues, otherSide, takenRows, type Choices, type Side } from '../types/mergeChoices';
import { mergeSummary } from '../types/mergeSummary';
import { MergeSummaryBox } from './MergeSummaryBox';
import { MergeTable } from './MergeTable';

type MergeViewProps = {
  entity: string;
  leftId: string;
  rightId: string;
  /** The records' numbers in their group, for telling records of the same name apart. */
  numbers?: [number, number];
  onCancel: () => void;
  onMerged: (otherId: string) => void;
};

/**
 * Two records side by side, one row per field: pick each value, choose the
 * record to keep, read what will happen, Merge.
 */
export function MergeView({ entity, leftId, rightId, numbers, onCancel, onMerged }: MergeViewProps) {
  const schema = useEntityDefs();
  const left = useMergeRecord(entity, leftId);
  const right = useMergeRecord(entity, rightId);
  const merge = useMergeRecords(entity);
  const [survivor, setSurvivor] = useState<Side>('left');
  const preview = useMergePreview(entity, survivor === 'left' ? leftId : rightId, survivor === 'left' ? rightId : leftId);
  const [picked, setPicked] = useState<Choices>({});
  const def = schema.data?.find((e) => e.name === entity);
  const rows = useMemo(() => (def && left.data && right.data ? buildRows(def.fields, left.data, right.data) : []), [def, left.data, right.data]);

  const failed = schema.error ?? left.error ?? right.error;
  if (failed) {
    const gone = toAppError(failed).code === 'not_found';
    return (
      <Alert color="red" variant="light" title={gone ? 'One of these records is gone' : 'The records could not be loaded'}>
        {gone ? 'It was merged, moved to the Trash or is no longer yours to see. Run “Find duplicates” again.' : describeError(failed)}
      </Alert>
    );
  }
  if (!def || !left.data || !right.data) return <Center mih={240}><Loader /></Center>;

  const records = { left: left.data, right: right.data };
  const names = displayNames(left.data.title, right.data.title, numbers);
  const nameOf = (side: Side) => (side === 'left' ? names[0] : names[1]);
  const other = otherSide(survivor);
  const choices = effectiveChoices(rows, survivor, picked);
  const lines = mergeSummary({ survivor: nameOf(survivor), other: nameOf(other), links: preview.data, taken: takenRows(rows, survivor, choices).map((r) => r.field.label) });

  const submit = () =>
    merge.mutate(
      { input: { entity, survivor: records[survivor].id, other: records[other].id, values: mergeValues(rows, survivor, choices) }, survivorName: nameOf(survivor), otherName: nameOf(other) },
      { onSuccess: () => onMerged(records[other].id) },
    );

  return (
    <Stack gap="md">
      <MergeTable
        entity={entity}
        rows={rows}
        records={records}
        names={names}
        survivor={survivor}
        choices={choices}
        onSurvivor={setSurvivor}
        onPick={(field, side) => setPicked((p) => ({ ...p, [field]: side }))}
      />
      <MergeSummaryBox lines={lines} />
      {merge.isError ? <Alert color="red" variant="light" title="The records were not merged">{describeError(merge.error)}</Alert> : null}
      <Group justify="space-between">
        <Text fz="xs" c="dimmed">A merge can be undone from the notification or the merge history, until the kept record changes.</Text>
        <Group gap="sm">
          <Button variant="default" onClick={onCancel} disabled={merge.isPending}>Cancel</Button>
          <Button leftSection={<IconGitMerge size={16} />} onClick={submit} loading={merge.isPending}>Merge</Button>
        </Group>
      </Group>
    </Stack>
  );
}
