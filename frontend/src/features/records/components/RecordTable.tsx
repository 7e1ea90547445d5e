import { Box, Loader, Skeleton } from '@mantine/core';
import { flexRender, useReactTable, type ColumnDef, type Row, type RowSelectionState, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { CrmRecord } from '../api/recordsApi';
import { getIncrementalCoreRowModel } from '../types/incrementalRowModel';
import classes from './RecordTable.module.css';
import rowClasses from './RecordTableRows.module.css';

type RecordTableProps = {
  label: string;
  columns: ColumnDef<CrmRecord>[];
  /** The loaded rows; keep the array's identity while it does not change (see useRecordList). */
  rows: CrmRecord[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  selection: RowSelectionState;
  onSelectionChange: (next: RowSelectionState) => void;
  /** Opens a row (click or Enter); keep it stable (useCallback) so rows need not re-render. */
  onOpen?: (record: CrmRecord) => void;
};

const ROW_HEIGHT = 44;
const cellStyles = new Map<number, CSSProperties>();
/** A cell's style for a column width: one object per width, so React never diffs it. */
function cellStyle(size: number): CSSProperties {
  let style = cellStyles.get(size);
  if (!style) {
    style = { flex: `${size} 0 ${size}px`, minWidth: size };
    cellStyles.set(size, style);
  }
  return style;
}

const rowCoreModel = getIncrementalCoreRowModel<CrmRecord>();

/**
 * A virtualised grid of records; the next page loads as the last rows scroll into view.
 * Scrolling renders only the rows that come into view: a row re-renders when its record,
 * selection, position or the columns change (RecordRow is memoised).
 */
export function RecordTable({ label, columns, rows, hasMore, loadingMore, onLoadMore, selection, onSelectionChange, onOpen }: RecordTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is not compiler-memoisable; this component does not rely on it
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: rowCoreModel,
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
    // Rows beyond the viewport on each side: enough for wheel notches; a jump renders what it lands on anyway.
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= tableRows.length - 25) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, tableRows.length, onLoadMore]);

  const minWidth = table.getVisibleLeafColumns().reduce((sum, c) => sum + c.getSize(), 0);
  // What the "select all" checkbox shows: the header re-renders when it changes, not on every page loaded.
  const selectAll = useMemo(
    () => (Object.keys(selection).length === 0 ? 'none' : table.getIsAllRowsSelected() ? 'all' : 'some'),
    // rows: the loaded rows decide "all"; table is one mutable instance.
    [table, rows, selection], // eslint-disable-line react-hooks/exhaustive-deps
  );

  return (
    <Box
      ref={scrollRef}
      role="table"
      aria-label={label}
      aria-rowcount={tableRows.length}
      data-testid="record-table"
      style={{ flex: 1, minHeight: 0, overflow: 'auto', border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <TableHeader table={table} columns={columns} selectAll={selectAll} minWidth={minWidth} />
      <div role="rowgroup" style={{ position: 'relative', height: virtualizer.getTotalSize(), minWidth }}>
        {items.map((item) => {
          const row = tableRows[item.index];
          if (!row) {
            return (
              <div key="loader" className={rowClasses.row} style={{ transform: `translateY(${item.start}px)`, alignItems: 'center', gap: 12, padding: '0 12px' }} aria-hidden>
                {loadingMore ? <Loader size="xs" /> : null}
                <Skeleton height={10} width="40%" />
              </div>
            );
          }
          return (
            <RecordRow
              key={row.id}
              row={row}
              index={item.index}
              start={item.start}
              selected={!!selection[row.id]}
              columns={columns}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </Box>
  );
}

type TableHeaderProps = {
  table: Table<CrmRecord>;
  minWidth: number;
  // What the header shows besides the table (a mutable instance): re-render when they change.
  columns: ColumnDef<CrmRecord>[];
  selectAll: 'none' | 'some' | 'all';
};

/** The sticky header row; memoised, so scrolling does not re-render its menus and filters. */
const TableHeader = memo(function TableHeader({ table, minWidth }: TableHeaderProps) {
  return (
    <Box role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 2, minWidth }} bg="var(--mantine-color-default)">
      {table.getHeaderGroups().map((group) => (
        <Box key={group.id} role="row" style={{ display: 'flex', height: 40, borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          {group.headers.map((h) => (
            <div key={h.id} role="columnheader" className={rowClasses.cell} style={cellStyle(h.getSize())}>
              {flexRender(h.column.columnDef.header, h.getContext())}
            </div>
          ))}
        </Box>
      ))}
    </Box>
  );
});

type RecordRowProps = {
  row: Row<CrmRecord>;
  index: number;
  start: number;
  selected: boolean;
  /** Only to re-render the cells when the columns (their renderers) change. */
  columns: ColumnDef<CrmRecord>[];
  onOpen?: (record: CrmRecord) => void;
};

/** One record's row: the same Row, selection, position and columns render nothing new. */
const RecordRow = memo(function RecordRow({ row, index, start, selected, onOpen }: RecordRowProps) {
  const open = onOpen ? () => onOpen(row.original) : undefined;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && e.target === e.currentTarget) open?.();
  };
  return (
    <div
      role="row"
      tabIndex={0}
      aria-selected={selected}
      data-index={index}
      className={`${classes.row} ${rowClasses.row}`}
      style={{ transform: `translateY(${start}px)`, cursor: onOpen ? 'pointer' : undefined }}
      onClick={open}
      onKeyDown={onKeyDown}
    >
      {row.getVisibleCells().map((cell) => (
        <div key={cell.id} role="cell" className={rowClasses.cell} style={cellStyle(cell.column.getSize())}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </div>
  );
});
