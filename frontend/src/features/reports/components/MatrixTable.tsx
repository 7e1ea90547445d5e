import { Table, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { formatGroupKey, formatValue } from '../types/format';
import type { ReportGroup, ReportResult } from '../types/reportTypes';
import classes from './ReportTables.module.css';

type MatrixTableProps = {
  result: ReportResult;
  groups: readonly ReportGroup[];
  onDrill?: (groupValues: unknown[]) => void;
};

/** Rows × columns of one aggregate with row, column and grand totals; a cell or a row label lists its records. */
export function MatrixTable({ result, groups, onDrill }: MatrixTableProps) {
  const m = result.matrix;
  if (!m) return null;
  const [rowCol, colCol, aggCol] = result.columns;
  const kind = aggCol?.kind ?? 'number';
  const clickable = (values: unknown[]) =>
    onDrill
      ? {
          className: classes.cell,
          tabIndex: 0,
          title: 'Show the records',
          onClick: () => onDrill(values),
          onKeyDown: (e: KeyboardEvent) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onDrill(values);
            }
          },
        }
      : {};

  return (
    <Table.ScrollContainer minWidth={Math.max(480, 140 + 110 * (m.colKeys.length + 1))} maxHeight={560} type="native">
      <Table stickyHeader withTableBorder withColumnBorders verticalSpacing={7} data-testid="matrix-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <Text span fz="sm" fw={600}>{rowCol?.label}</Text>
              <Text span fz="xs" c="dimmed"> \ {colCol?.label}</Text>
            </Table.Th>
            {m.colKeys.map((k, i) => (
              <Table.Th key={i} className={classes.num}>{formatGroupKey(k, colCol?.kind ?? 'text', groups[1]?.bucket)}</Table.Th>
            ))}
            <Table.Th className={classes.num}>Total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {m.rowKeys.map((rk, r) => (
            <Table.Tr key={r} data-testid="matrix-row">
              <Table.Td fw={500} {...clickable([rk])}>{formatGroupKey(rk, rowCol?.kind ?? 'text', groups[0]?.bucket)}</Table.Td>
              {m.colKeys.map((ck, c) => (
                <Table.Td key={c} {...clickable([rk, ck])} className={`${classes.num} ${onDrill ? classes.cell : ''}`} data-testid="matrix-cell">
                  {formatValue(m.cells[r]?.[c], kind)}
                </Table.Td>
              ))}
              <Table.Td className={classes.num} fw={600}>{formatValue(m.rowTotals[r], kind)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr className={classes.totalLine}>
            <Table.Td {...clickable([])}>Total</Table.Td>
            {m.colTotals.map((v, c) => (
              <Table.Td key={c} className={classes.num}>{formatValue(v, kind)}</Table.Td>
            ))}
            <Table.Td className={classes.num}>{formatValue(m.total, kind)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
