import { Alert, Anchor, Drawer, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { describeError } from '@/lib/errors';
import { useDrillDown } from '../hooks/useReportResult';
import { detailColumns, recordPath, rowTitle, type DrillTarget } from '../types/drill';
import { formatRecordCount, formatValue, isNumericKind } from '../types/format';
import type { ReportSpec } from '../types/reportTypes';
import classes from './ReportTables.module.css';

type DrillDownDrawerProps = {
  spec: ReportSpec;
  target: DrillTarget | null;
  onClose: () => void;
};

/** The records behind one bar, line or cell of a grouped report, each linking to its record page. */
export function DrillDownDrawer({ spec, target, onClose }: DrillDownDrawerProps) {
  const drill = useDrillDown(spec, target?.groupValues ?? null);
  const result = drill.data;
  const details = result ? detailColumns(result.entity, result.columns) : [];
  return (
    <Drawer opened={target !== null} onClose={onClose} position="right" size="xl" title={<Text fw={600}>{target?.title}</Text>}>
      {drill.isPending && target && <Skeleton h={240} />}
      {drill.isError && <Alert color="red" variant="light" title="The records could not load">{describeError(drill.error)}</Alert>}
      {result && (
        <Stack gap="sm" data-testid="drilldown">
          <Group justify="space-between">
            <Text fz="sm" c="dimmed">
              {formatRecordCount(result.rowCount)}
              {result.truncated ? ' shown; there are more — narrow the report to see them all' : ''}
            </Text>
          </Group>
          {result.rows.length === 0 ? (
            <Text fz="sm" c="dimmed">No records: they may have changed since the report ran.</Text>
          ) : (
            <Table.ScrollContainer minWidth={560} type="native">
              <Table highlightOnHover verticalSpacing={6} withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Record</Table.Th>
                    {details.map((i) => (
                      <Table.Th key={result.columns[i].key} className={isNumericKind(result.columns[i].kind) ? classes.num : undefined}>
                        {result.columns[i].label}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.rows.map((row, r) => (
                    <Table.Tr key={result.rowIds?.[r] ?? r} data-testid="drilldown-row">
                      <Table.Td>
                        {result.rowIds?.[r] ? (
                          <Anchor component={Link} to={recordPath(result.entity, result.rowIds[r])} fz="sm" fw={500}>
                            {rowTitle(result.entity, result.columns, row)}
                          </Anchor>
                        ) : (
                          rowTitle(result.entity, result.columns, row)
                        )}
                      </Table.Td>
                      {details.map((i) => (
                        <Table.Td key={result.columns[i].key} className={isNumericKind(result.columns[i].kind) ? classes.num : undefined}>
                          {formatValue(row[i], result.columns[i].kind)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
