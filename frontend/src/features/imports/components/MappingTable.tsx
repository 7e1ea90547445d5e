import { Badge, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { sampleValues } from '../types/fileInfo';
import type { ImportFileInfo } from '../types/importTypes';
import { columnName, type Mapping } from '../types/mappingState';
import type { MappingTarget } from '../types/mappingTargets';

type MappingTableProps = {
  info: ImportFileInfo;
  mapping: Mapping;
  targets: readonly MappingTarget[];
  /** Per column: why its field clashes with another column's. */
  warnings: Record<number, string>;
  onColumn: (column: number, field: string) => void;
};

/** Mantine options cannot hold "": this stands for "Don't import". */
const SKIP = '__skip__';

/** One row per file column: its name, a few sample values and the field it goes to. */
export function MappingTable({ info, mapping, targets, warnings, onColumn }: MappingTableProps) {
  const options = [
    { value: SKIP, label: 'Don’t import' },
    ...targets.map((t) => ({ value: t.value, label: t.required ? `${t.label} (required)` : t.label })),
  ];
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="xs" withTableBorder data-testid="mapping-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="26%">Column in the file</Table.Th>
            <Table.Th>Sample values</Table.Th>
            <Table.Th w={340}>Import as</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {info.header.map((header, column) => {
            const field = mapping[column] ?? '';
            const suggested = info.mapping.find((m) => m.column === column && m.suggested)?.field ?? '';
            const values = sampleValues(info.sample, column, 3);
            const label = header || `Column ${columnName(column)}`;
            return (
              <Table.Tr key={column} data-testid="mapping-row">
                <Table.Td>
                  <Text fz="sm" fw={600} truncate="end" title={label}>{label}</Text>
                  <Text fz="xs" c="dimmed">Column {columnName(column)}</Text>
                </Table.Td>
                <Table.Td maw={320}>
                  {values.length > 0 ? (
                    <Stack gap={0}>
                      {values.map((v) => <Text key={v} fz="xs" ff="monospace" truncate="end" title={v}>{v}</Text>)}
                    </Stack>
                  ) : (
                    <Text fz="xs" c="dimmed">Empty in the first rows</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={8} wrap="nowrap" align="flex-start">
                    <Select
                      aria-label={`Field for column ${label}`}
                      size="sm"
                      style={{ flex: 1 }}
                      searchable
                      allowDeselect={false}
                      data={options}
                      value={field || SKIP}
                      onChange={(value) => onColumn(column, !value || value === SKIP ? '' : value)}
                      error={warnings[column]}
                    />
                    {suggested && suggested === field ? (
                      <Tooltip label="Suggested from the column name">
                        <Badge variant="light" color="grape" size="sm" mt={8} leftSection={<IconSparkles size={11} />}>Suggested</Badge>
                      </Tooltip>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
