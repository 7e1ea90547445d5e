import { Alert, Anchor, Drawer, ScrollArea, Skeleton, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { describeError } from '@/lib/errors';
import { useDrillDown } from '../hooks/useDrillDown';
import type { ReportSpec } from '../types/dashboardTypes';
import { detailColumns, rowTitle } from '../types/drill';
import { formatCount, formatValue, isNumericKind, recordPath } from '../types/format';

export type DrillTarget = { spec: ReportSpec; groupValues: unknown[]; title: string; widgetTitle: string };

type DrillDownDrawerProps = { target: DrillTarget | null; onClose: () => void };

const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** The records behind a clicked bar, slice or row, each linking to its record page (within the viewer's scope). */
export function DrillDownDrawer({ target, onClose }: DrillDownDrawerProps) {
  const drill = useDrillDown(target?.spec ?? null, target?.groupValues ?? null);
  const result = target ? drill.data : undefined;
  const details = result ? detailColumns(result.entity, result.columns) : [];
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Stack gap={0}>
          <Text fw={600}>{target?.title}</Text>
          <Text fz="xs" c="dimmed">{target?.widgetTitle}</Text>
        </Stack>
      }
    >
      {drill.isPending && target ? <Skeleton h={240} /> : null}
      {drill.isError ? (
        <Alert color="red" variant="light" title="The records could not load">{describeError(drill.error)}</Alert>
      ) : null}
      {result ? (
        <Stack gap="sm" data-testid="drilldown">
          <Text fz="sm" c="dimmed">
            {formatCount(result.rowCount)}
            {result.truncated ? ' shown; there are more: narrow the filters to see them all' : ''}
          </Text>
          {result.rows.length === 0 ? (
            <Text fz="sm" c="dimmed">No records: they may have changed since the dashboard refreshed.</Text>
          ) : (
            <ScrollArea type="auto">
              <Table highlightOnHover verticalSpacing={6} withTableBorder miw={520}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Record</Table.Th>
                    {details.map((i) => (
                      <Table.Th key={result.columns[i].key} style={isNumericKind(result.columns[i].kind) ? num : undefined}>
                        {result.columns[i].label}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.rows.map((row, r) => {
                    const id = result.rowIds?.[r];
                    return (
                      <Table.Tr key={id ?? r} data-testid="drilldown-row">
                        <Table.Td>
                          {id ? (
                            <Anchor component={Link} to={recordPath(result.entity, id)} fz="sm" fw={500}>
                              {rowTitle(result.entity, result.columns, row)}
                            </Anchor>
                          ) : (
                            rowTitle(result.entity, result.columns, row)
                          )}
                        </Table.Td>
                        {details.map((i) => (
                          <Table.Td key={result.columns[i].key} style={isNumericKind(result.columns[i].kind) ? num : undefined}>
                            {formatValue(row[i], result.columns[i].kind)}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
        </Stack>
      ) : null}
    </Drawer>
  );
}
