import { Box, Loader, Skeleton } from '@mantine/core';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type RowSelectionState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties } from 'react';
import type { CrmRecord } from '../api/recordsApi';
import classes from './RecordTable.module.css';

type RecordTableProps = {
  label: string;
  columns: ColumnDef<CrmRecord>[];
  rows: CrmRecord[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  selection: RowSelectionState;
  onSelectionChange: (next: RowSelectionState) => void;
  onOpen?: (record: CrmRecord) => void;
};

const ROW_HEIGHT = 44;
const cellStyle = (size: number): CSSProperties => ({
  flex: `${size} 0 ${size}px`,
  minWidth: size,
  display: 'flex',
  alignItems: 'center',
  padding: '0 10px',
  overflow: 'hidden',
});

/** A virtualised grid of records; the next page loads as the last rows scroll into view. */
export function RecordTable({ label, columns, rows, hasMore, loadingMore, onLoadMore, selection, onSelectionChange, onOpen }: RecordTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is not compiler-memoisable; this component does not rely on it
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    enableRowSelection: true,
    state: { rowSelection: selection },
    onRowSelectionChange: (updater) => onSelectionChange(typeof updater === 'function' ? updater(selection) : updater),
  });
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= tableRows.length - 25) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, tableRows.length, onLoadMore]);

  const minWidth = table.getVisibleLeafColumns().reduce((sum, c) => sum + c.getSize(), 0);

  return (
    <Box
      ref={scrollRef}
      role="table"
      aria-label={label}
      aria-rowcount={tableRows.length}
      data-testid="record-table"
      style={{ flex: 1, minHeight: 0, overflow: 'auto', border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Box role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 2, minWidth }} bg="var(--mantine-color-default)">
        {table.getHeaderGroups().map((group) => (
          <Box key={group.id} role="row" style={{ display: 'flex', height: 40, borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            {group.headers.map((h) => (
              <div key={h.id} role="columnheader" style={cellStyle(h.getSize())}>
                {flexRender(h.column.columnDef.header, h.getContext())}
              </div>
            ))}
          </Box>
        ))}
      </Box>
      <Box role="rowgroup" style={{ position: 'relative', height: virtualizer.getTotalSize(), minWidth }}>
        {items.map((item) => {
          const row = tableRows[item.index];
          const style: CSSProperties = {
            position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, display: 'flex',
            transform: `translateY(${item.start}px)`, borderBottom: '1px solid var(--mantine-color-default-border)',
          };
          if (!row) {
            return (
              <div key="loader" style={{ ...style, alignItems: 'center', gap: 12, padding: '0 12px' }} aria-hidden>
                {loadingMore ? <Loader size="xs" /> : null}
                <Skeleton height={10} width="40%" />
              </div>
            );
          }
          return (
            <Box
              key={row.id}
              role="row"
              tabIndex={0}
              aria-selected={row.getIsSelected()}
              data-index={item.index}
              className={classes.row}
              style={{ ...style, cursor: onOpen ? 'pointer' : undefined }}
              bg={row.getIsSelected() ? 'var(--mantine-primary-color-light)' : undefined}
              onClick={() => onOpen?.(row.original)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && e.target === e.currentTarget) onOpen?.(row.original);
              }}
            >
              {row.getVisibleCells().map((cell) => (
                <div key={cell.id} role="cell" style={cellStyle(cell.column.getSize())}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </div>
              ))}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
