import { Box, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { recordPath } from '../types/drill';
import { EMPTY_VALUE, formatValue, isNumericKind } from '../types/format';
import type { ReportResult, ResultColumn } from '../types/reportTypes';
import classes from './ReportTables.module.css';

const ROW_HEIGHT = 38;
/** Preferred and smallest widths by kind: columns share spare room and shrink to their minimum before the grid scrolls sideways. */
const WIDTH: Record<string, [number, number]> = {
  number: [120, 80], money: [140, 100], percent: [100, 70], date: [130, 105], datetime: [180, 150], bool: [90, 60],
};
const widthOf = (c: ResultColumn): [number, number] => (c.type === 'longtext' ? [320, 160] : (WIDTH[c.kind] ?? [200, 120]));
const cell = (c: ResultColumn): CSSProperties => {
  const [w, min] = widthOf(c);
  return {
    flex: `1 1 ${w}px`, minWidth: min, display: 'flex', alignItems: 'center', padding: '0 10px', overflow: 'hidden',
    justifyContent: isNumericKind(c.kind) ? 'flex-end' : 'flex-start',
  };
};

/**
 * A tabular result as a virtualised grid (up to the window's 10,000 rows stay
 * smooth). Click or Enter opens the record; arrow keys move between rows.
 */
export function TabularTable({ result, label }: { result: ReportResult; label: string }) {
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { columns, rows } = result;
  const ids = result.rowIds ?? [];
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is not compiler-memoisable; this component does not rely on it
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const minWidth = columns.reduce((sum, c) => sum + widthOf(c)[1], 0);
  const open = (index: number) => ids[index] && navigate(recordPath(result.entity, ids[index]));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, index: number) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      open(index);
      return;
    }
    const next = e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : -1;
    if (next < 0 || next >= rows.length) return;
    e.preventDefault();
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus({ preventScroll: true }));
  };

  return (
    <Box ref={scrollRef} role="table" aria-label={label} aria-rowcount={rows.length} className={classes.scroller} data-testid="report-table">
      <Box role="rowgroup" className={classes.head} style={{ minWidth }}>
        <div role="row" className={classes.headRow}>
          {columns.map((c) => (
            <div key={c.key} role="columnheader" style={cell(c)} title={c.label}>
              <Text span fz="sm" fw={600} truncate="end">{c.label}</Text>
            </div>
          ))}
        </div>
      </Box>
      <Box role="rowgroup" style={{ position: 'relative', height: virtualizer.getTotalSize(), minWidth }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <div
              key={ids[item.index] ?? item.index}
              role="row"
              tabIndex={0}
              data-index={item.index}
              className={`${classes.row} ${classes.clickable}`}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onClick={() => open(item.index)}
              onKeyDown={(e) => onKeyDown(e, item.index)}
            >
              {columns.map((c, i) => {
                const text = formatValue(row[i], c.kind);
                return (
                  <div key={c.key} role="cell" style={cell(c)} className={isNumericKind(c.kind) ? classes.num : undefined}>
                    <Text span fz="sm" truncate="end" title={text} c={text === EMPTY_VALUE ? 'dimmed' : undefined} ff={c.type === 'ref' ? 'monospace' : undefined}>
                      {text}
                    </Text>
                  </div>
                );
              })}
            </div>
          );
        })}
      </Box>
    </Box>
  );
}
