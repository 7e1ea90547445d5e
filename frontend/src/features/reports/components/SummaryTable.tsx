import { Table, Text } from '@mantine/core';
import { useMemo, type KeyboardEvent } from 'react';
import { formatGroupKey, formatValue } from '../types/format';
import { summaryLines, type SummaryLine } from '../types/summaryLines';
import type { ReportGroup, ReportResult } from '../types/reportTypes';
import classes from './ReportTables.module.css';

type SummaryTableProps = {
  result: ReportResult;
  groups: readonly ReportGroup[];
  /** Opens the records behind a line; absent = lines do not drill. */
  onDrill?: (groupValues: unknown[]) => void;
};

/**
 * A summary: one line per group combination, with each first-level group's
 * subtotal above its rows (two groups) and the grand total last. Clicking a
 * line lists its records.
 */
export function SummaryTable({ result, groups, onDrill }: SummaryTableProps) {
  const lines = useMemo(() => summaryLines(result), [result]);
  const groupCols = result.columns.filter((c) => c.group);
  const aggCols = result.columns.filter((c) => !c.group);
  const two = groupCols.length === 2;

  const keyCells = (line: SummaryLine) => {
    if (line.type === 'total') {
      return (
        <Table.Td colSpan={Math.max(1, groupCols.length)}>
          <Text fz="sm" fw={700}>Total</Text>
        </Table.Td>
      );
    }
    if (line.type === 'group') {
      return (
        <>
          <Table.Td>{formatGroupKey(line.keys[0], groupCols[0].kind, groups[0]?.bucket)}</Table.Td>
          <Table.Td>
            <Text span fz="xs" c="dimmed" fw={500}>Subtotal</Text>
          </Table.Td>
        </>
      );
    }
    return groupCols.map((c, i) => (
      <Table.Td key={c.key} pl={two && i === 1 ? 'lg' : undefined}>
        {two && i === 0 ? '' : formatGroupKey(line.keys[i], c.kind, groups[i]?.bucket)}
      </Table.Td>
    ));
  };

  const drill = (line: SummaryLine) => onDrill?.(line.groupValues);
  const onKey = (e: KeyboardEvent, line: SummaryLine) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      drill(line);
    }
  };

  return (
    <Table.ScrollContainer minWidth={480} maxHeight={560} type="native">
      <Table stickyHeader withTableBorder verticalSpacing={7} data-testid="summary-table">
        <Table.Thead>
          <Table.Tr>
            {groupCols.map((c) => <Table.Th key={c.key}>{c.label}</Table.Th>)}
            {aggCols.map((c) => <Table.Th key={c.key} className={classes.num}>{c.label}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => {
            const lineClass = line.type === 'group' ? classes.groupLine : line.type === 'total' ? classes.totalLine : undefined;
            return (
              <Table.Tr
                key={index}
                data-testid={`summary-${line.type}`}
                className={[lineClass, onDrill ? classes.clickable : undefined].filter(Boolean).join(' ') || undefined}
                tabIndex={onDrill ? 0 : undefined}
                title={onDrill ? 'Show the records' : undefined}
                onClick={onDrill ? () => drill(line) : undefined}
                onKeyDown={onDrill ? (e) => onKey(e, line) : undefined}
              >
                {keyCells(line)}
                {aggCols.map((c, i) => (
                  <Table.Td key={c.key} className={classes.num}>{formatValue(line.values[i], c.kind)}</Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
