import { Box, Loader, Skeleton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { AuditRow } from '../api/auditApi';
import { AUDIT_COLUMNS } from './auditColumns';
import classes from './AuditTable.module.css';

type AuditTableProps = {
  rows: AuditRow[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onOpen: (row: AuditRow) => void;
  openSeq: number | null;
  /** The rows shown are the previous filters' while the new ones load. */
  busy: boolean;
};

const ROW_HEIGHT = 42;
const MIN_WIDTH = AUDIT_COLUMNS.reduce((sum, c) => sum + c.width, 0);
const cell = (width: number): CSSProperties => ({
  flex: `${width} 0 ${width}px`, minWidth: 0, display: 'flex', alignItems: 'center', padding: '0 10px', overflow: 'hidden',
});

/**
 * The audit entries as a virtualised grid; the next keyset page loads as the
 * last rows scroll into view. Click or Enter opens an entry; arrow keys move.
 */
export function AuditTable({ rows, hasMore, loadingMore, onLoadMore, onOpen, openSeq, busy }: AuditTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is not compiler-memoisable; this component does not rely on it
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - 25) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onLoadMore]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, index: number) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(rows[index]);
      return;
    }
    const next = e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : -1;
    if (next < 0 || next >= rows.length) return;
    e.preventDefault();
    const find = () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`);
    virtualizer.scrollToIndex(next);
    const target = find();
    if (target) target.focus({ preventScroll: true });
    else requestAnimationFrame(() => find()?.focus({ preventScroll: true })); // rendered after the scroll
  };

  return (
    <Box ref={scrollRef} role="table" aria-label="Audit entries" aria-rowcount={rows.length} aria-busy={busy} data-testid="audit-table" className={classes.scroller}>
      <Box role="rowgroup" className={classes.head} style={{ minWidth: MIN_WIDTH }}>
        <div role="row" className={classes.headRow}>
          {AUDIT_COLUMNS.map((c) => (
            <div key={c.id} role="columnheader" style={cell(c.width)}>{c.header}</div>
          ))}
        </div>
      </Box>
      <Box role="rowgroup" style={{ position: 'relative', height: virtualizer.getTotalSize(), minWidth: MIN_WIDTH }}>
        {items.map((item) => {
          const row = rows[item.index];
          const style: CSSProperties = { height: ROW_HEIGHT, transform: `translateY(${item.start}px)` };
          if (!row) {
            return (
              <div key="loader" className={classes.row} style={{ ...style, gap: 12, padding: '0 12px', alignItems: 'center' }} aria-hidden>
                {loadingMore ? <Loader size="xs" /> : null}
                <Skeleton height={10} width="40%" />
              </div>
            );
          }
          return (
            <div
              key={row.seq}
              role="row"
              tabIndex={0}
              data-index={item.index}
              aria-selected={row.seq === openSeq}
              className={classes.row}
              style={style}
              onClick={() => onOpen(row)}
              onKeyDown={(e) => onKeyDown(e, item.index)}
            >
              {AUDIT_COLUMNS.map((c) => (
                <div key={c.id} role="cell" style={cell(c.width)}>{c.render(row)}</div>
              ))}
            </div>
          );
        })}
      </Box>
    </Box>
  );
}
