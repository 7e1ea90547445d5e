import { Stack, Table, Text } from '@mantine/core';
import { columnName } from '../types/mappingState';

type SamplePreviewTableProps = {
  header: readonly string[];
  sample: readonly (readonly string[])[];
  /** The file's row number of each sample row (title and blank rows counted). */
  rows: readonly number[];
};

const cellStyle = { maxWidth: 220, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/** The first rows of the file as read with the current settings; every value is shown as text, as written. */
export function SamplePreviewTable({ header, sample, rows }: SamplePreviewTableProps) {
  return (
    <Stack gap={6}>
      <Text fz="sm" fw={600}>
        Preview <Text span fz="sm" c="dimmed" fw={400}>· the first {sample.length.toLocaleString('en-US')} {sample.length === 1 ? 'row' : 'rows'} of the file</Text>
      </Text>
      <Table.ScrollContainer minWidth={Math.max(600, 48 + header.length * 130)} maxHeight={360} type="native">
        <Table striped withTableBorder withColumnBorders stickyHeader fz="sm" data-testid="import-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48} c="dimmed">Row</Table.Th>
              {header.map((h, i) => (
                <Table.Th key={i} style={cellStyle} title={h}>{h || <Text span c="dimmed" fz="sm">Column {columnName(i)}</Text>}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sample.map((row, r) => (
              <Table.Tr key={r}>
                <Table.Td c="dimmed">{rows[r] ?? ''}</Table.Td>
                {header.map((_, i) => (
                  <Table.Td key={i} style={cellStyle} title={row[i] ?? ''}>{row[i] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
