import { Box, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type ReactNode } from 'react';
import type { ImportProblem } from '../types/importTypes';
import { ProblemOutcomeBadge } from './ProblemOutcomeBadge';
import classes from './ProblemTable.module.css';

const ROW_HEIGHT = 44;

type Column = { id: string; header: string; width: number; grow?: boolean; render: (p: ImportProblem) => ReactNode };

const clip = (text: string, className?: string) => (
  <Text span inherit truncate="end" title={text} className={className}>{text}</Text>
);

const COLUMNS: Column[] = [
  { id: 'row', header: 'Row', width: 64, render: (p) => p.row.toLocaleString('en-US') },
  { id: 'column', header: 'Column', width: 130, render: (p) => clip(p.column || '—') },
  { id: 'value', header: 'Value', width: 190, render: (p) => clip(p.value, classes.value) },
  { id: 'reason', header: 'Reason', width: 320, grow: true, render: (p) => <Text span inherit lineClamp={2} lh={1.25} title={p.reason}>{p.reason}</Text> },
  { id: 'outcome', header: 'Outcome', width: 110, render: (p) => <ProblemOutcomeBadge outcome={p.outcome} /> },
  { id: 'match', header: 'Matching record', width: 160, render: (p) => clip(p.matchTitle || '') },
];
const MIN_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0);
const cell = (c: Column): CSSProperties => ({
  flex: `${c.grow ? 1 : 0} 0 ${c.width}px`, minWidth: 0, display: 'flex', alignItems: 'center', padding: '0 10px', overflow: 'hidden',
});

/** The problem lines of a dry run or import, virtualised (up to 500 lines come to the window). Values are text, never links or formulas. */
export function ProblemTable({ problems }: { problems: readonly ImportProblem[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is not compiler-memoisable; this component does not rely on it
  const virtualizer = useVirtualizer({ count: problems.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  return (
    <Box ref={scrollRef} role="table" aria-label="Problems" aria-rowcount={problems.length} className={classes.scroller} data-testid="problem-table">
      <div role="row" className={classes.head} style={{ minWidth: MIN_WIDTH }}>
        {COLUMNS.map((c) => <div key={c.id} role="columnheader" style={cell(c)}>{c.header}</div>)}
      </div>
      <div role="rowgroup" style={{ position: 'relative', height: virtualizer.getTotalSize(), minWidth: MIN_WIDTH }}>
        {virtualizer.getVirtualItems().map((item) => {
          const p = problems[item.index];
          return (
            <div key={item.key} role="row" data-testid="problem-row" className={classes.row} style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}>
              {COLUMNS.map((c) => <div key={c.id} role="cell" style={cell(c)}>{c.render(p)}</div>)}
            </div>
          );
        })}
      </div>
    </Box>
  );
}
