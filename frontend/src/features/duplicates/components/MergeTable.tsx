import { Anchor, Badge, ScrollArea, Stack, Switch, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { recordPath } from '../types/duplicateRoutes';
import { formatWhen } from '../types/fieldValues';
import type { MergeRecord } from '../types/duplicateTypes';
import { otherSide, type Choices, type MergeRow, type Side } from '../types/mergeChoices';
import { MergeFieldRow } from './MergeFieldRow';

type MergeTableProps = {
  entity: string;
  rows: readonly MergeRow[];
  records: Record<Side, MergeRecord>;
  names: [string, string];
  survivor: Side;
  choices: Choices;
  onSurvivor: (side: Side) => void;
  onPick: (field: string, side: Side) => void;
};

const SIDES: Side[] = ['left', 'right'];

/** The side-by-side comparison: a column per record (with "Keep this record"), a row per field. */
export function MergeTable({ entity, rows, records, names, survivor, choices, onSurvivor, onPick }: MergeTableProps) {
  const shown = rows.filter((r) => r.kind !== 'blank');
  const blank = rows.length - shown.length;
  const nameOf = (side: Side) => (side === 'left' ? names[0] : names[1]);
  return (
    <Stack gap={6}>
      <ScrollArea.Autosize mah="calc(100dvh - 380px)" type="auto" offsetScrollbars>
        <Table layout="fixed" verticalSpacing={8} stickyHeader aria-label="Field values of the two records">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">Field</Table.Th>
              {SIDES.map((side) => (
                <Table.Th key={side}>
                  <Stack gap={6} align="flex-start">
                    <div>
                      <Anchor component={Link} to={recordPath(entity, records[side].id)} fw={650} fz="md">{nameOf(side)}</Anchor>
                      <Text fz="xs" c="dimmed" fw={400}>
                        Created {formatWhen(records[side].createdAt)} · changed {formatWhen(records[side].updatedAt)}
                        {records[side].ownerName ? ` · owner ${records[side].ownerName}` : ''}
                      </Text>
                    </div>
                    <Switch
                      label="Keep this record"
                      aria-label={`Keep ${nameOf(side)}`}
                      checked={survivor === side}
                      onChange={(e) => onSurvivor(e.currentTarget.checked ? side : otherSide(side))}
                    />
                    {survivor === side
                      ? <Badge color="teal" variant="light" tt="none">Kept</Badge>
                      : <Badge color="red" variant="light" tt="none">Goes to the Trash</Badge>}
                  </Stack>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <MergeFieldRow key={row.field.name} row={row} records={records} survivor={survivor} survivorName={nameOf(survivor)}
                choice={choices[row.field.name]} onPick={(side) => onPick(row.field.name, side)} names={names} />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {blank > 0 ? <Text fz="xs" c="dimmed">{blank === 1 ? '1 field is' : `${blank} fields are`} empty in both records and not shown.</Text> : null}
    </Stack>
  );
}
