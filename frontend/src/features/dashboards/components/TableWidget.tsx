import { Anchor, ScrollArea, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReportResult } from '../types/dashboardTypes';
import { rowTitle } from '../types/drill';
import { formatCount, formatGroupKey, formatValue, isNumericKind, recordPath } from '../types/format';

type TableWidgetProps = {
  result: ReportResult;
  /** Drills into a summary row (its group values); unset: rows are not clickable. */
  onDrill?: (groupValues: unknown[]) => void;
};

const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** A compact table of a widget's result: records link to their page; summary rows drill down. */
export function TableWidget({ result, onDrill }: TableWidgetProps) {
  if (result.rows.length === 0) return <Text fz="sm" c="dimmed">Nothing to show for these filters.</Text>;
  const groupCount = result.columns.filter((c) => c.group).length;
  const tabular = result.format === 'tabular';
  const titleAt = tabular ? result.columns.findIndex((c) => c.kind === 'text' && c.type !== 'ref') : -1;
  return (
    <ScrollArea h="100%" type="auto" offsetScrollbars>
      <Table striped highlightOnHover={!!onDrill || tabular} verticalSpacing={4} fz="sm" stickyHeader data-testid="widget-table">
        <Table.Thead>
          <Table.Tr>
            {result.columns.map((c) => (
              <Table.Th key={c.key} style={isNumericKind(c.kind) ? num : undefined}>{c.label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.rows.map((row, r) => {
            const drill = !tabular && groupCount > 0 && onDrill ? () => onDrill(row.slice(0, groupCount)) : undefined;
            const id = result.rowIds?.[r];
            return (
              <Table.Tr key={id ?? r} onClick={drill} style={drill ? { cursor: 'pointer' } : undefined}>
                {result.columns.map((c, i) => (
                  <Table.Td key={c.key} style={isNumericKind(c.kind) ? num : undefined}>
                    {tabular && i === titleAt && id ? (
                      <Anchor component={Link} to={recordPath(result.entity, id)} fz="sm">
                        {rowTitle(result.entity, result.columns, row)}
                      </Anchor>
                    ) : c.group ? (
                      formatGroupKey(row[i], c.kind)
                    ) : (
                      formatValue(row[i], c.kind)
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        {!tabular && result.total && result.total.length > 0 ? (
          <Table.Tfoot>
            <Table.Tr>
              {result.columns.map((c, i) => (
                <Table.Th key={c.key} style={isNumericKind(c.kind) ? num : undefined}>
                  {c.group ? (i === 0 ? 'Total' : '') : formatValue(result.total?.[i - groupCount], c.kind)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        ) : null}
      </Table>
      {result.truncated ? (
        <Text fz="xs" c="dimmed" mt={4}>
          The first {formatCount(result.rows.length, 'row')} are shown: open the report for the rest.
        </Text>
      ) : null}
    </ScrollArea>
  );
}
