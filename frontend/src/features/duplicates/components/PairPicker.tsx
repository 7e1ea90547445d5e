import { Group, Select, Text } from '@mantine/core';
import type { GroupRecord } from '../types/duplicateTypes';

type PairPickerProps = { records: readonly GroupRecord[]; pair: [string, string]; onChange: (pair: [string, string]) => void };

/** The records but one, numbered by their place in the group (the window's names use the same numbers). */
const optionsExcept = (records: readonly GroupRecord[], id: string) =>
  records
    .map((r, i) => ({ value: r.id, label: `${i + 1}. ${r.title || '(untitled)'}${r.subtitle ? ` — ${r.subtitle}` : ''}` }))
    .filter((o) => o.value !== id);

/** For a group of three or more: which two records to compare now. */
export function PairPicker({ records, pair, onChange }: PairPickerProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="nowrap">
      <Text fz="sm" c="dimmed" pb={8} style={{ flexShrink: 0 }}>
        This group has {records.length} records. Merge two at a time:
      </Text>
      <Select label="Left" data={optionsExcept(records, pair[1])} value={pair[0]} allowDeselect={false} style={{ flex: 1 }}
        onChange={(id) => id && onChange([id, pair[1]])} />
      <Select label="Right" data={optionsExcept(records, pair[0])} value={pair[1]} allowDeselect={false} style={{ flex: 1 }}
        onChange={(id) => id && onChange([pair[0], id])} />
    </Group>
  );
}
