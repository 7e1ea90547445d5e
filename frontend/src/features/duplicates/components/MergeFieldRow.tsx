import { Group, Radio, Table, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { MergeRecord } from '../types/duplicateTypes';
import { displayValue } from '../types/fieldValues';
import type { MergeRow, Side } from '../types/mergeChoices';

type MergeFieldRowProps = {
  row: MergeRow;
  records: Record<Side, MergeRecord>;
  names: [string, string];
  survivor: Side;
  survivorName: string;
  /** The side whose value is kept (choice rows). */
  choice: Side | undefined;
  onPick: (side: Side) => void;
};

const chosenStyle = { background: 'var(--mantine-primary-color-light)' };
const wrap = { overflowWrap: 'anywhere' } as const;

/** One field: a radio per side when the values differ, else the value once (greyed) or why it stays. */
export function MergeFieldRow({ row, records, names, survivor, survivorName, choice, onPick }: MergeFieldRowProps) {
  const { field } = row;
  const label = <Table.Td><Text fz="sm" fw={500}>{field.label}</Text></Table.Td>;

  if (row.kind === 'choice') {
    return (
      <Table.Tr>
        {label}
        {(['left', 'right'] as const).map((side, i) => (
          <Table.Td key={side} style={choice === side ? chosenStyle : undefined}>
            <Radio
              name={`merge-${field.name}`}
              checked={choice === side}
              onChange={() => onPick(side)}
              label={<Text fz="sm" style={wrap}>{displayValue(field, records[side])}</Text>}
              aria-label={`${field.label}: ${displayValue(field, records[side])} (${names[i]})`}
            />
          </Table.Td>
        ))}
      </Table.Tr>
    );
  }
  let body;
  if (row.kind === 'same') {
    body = <Text fz="sm" c="dimmed" style={wrap}>{displayValue(field, records[survivor])} <Text span fz="xs">· same in both</Text></Text>;
  } else if (row.lock === 'masked') {
    body = (
      <Group gap={6} c="dimmed" wrap="nowrap">
        <IconLock size={14} />
        <Text fz="sm">Hidden from your role; {survivorName} keeps its value.</Text>
      </Group>
    );
  } else {
    body = <Text fz="sm" c="dimmed" style={wrap}>{displayValue(field, records[survivor])} <Text span fz="xs">· read-only, {survivorName} keeps its value</Text></Text>;
  }
  return (
    <Table.Tr>
      {label}
      <Table.Td colSpan={2}>{body}</Table.Td>
    </Table.Tr>
  );
}
