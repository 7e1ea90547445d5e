import { Checkbox, MantineProvider } from '@mantine/core';
import type { ColumnDef, RowSelectionState } from '@tanstack/react-table';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CrmRecord } from '../api/recordsApi';
import { RecordTable } from './RecordTable';

const rec = (i: number) => ({ id: `r${i}`, title: `Record ${i}`, values: {} }) as unknown as CrmRecord;
const records = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => rec(from + i));

/** Columns like useRecordColumns': a select column and a title column that counts its renders. */
function makeColumns(renders: Map<string, number>): ColumnDef<CrmRecord>[] {
  return [
    {
      id: 'select',
      size: 44,
      header: ({ table }) => (
        <Checkbox size="xs" aria-label="Select all loaded rows" checked={table.getIsAllRowsSelected()}
          indeterminate={table.getIsSomeRowsSelected()} onChange={table.getToggleAllRowsSelectedHandler()} />
      ),
      cell: ({ row }) => (
        <Checkbox size="xs" aria-label={`Select ${row.original.title}`} checked={row.getIsSelected()}
          onClick={(e) => e.stopPropagation()} onChange={row.getToggleSelectedHandler()} />
      ),
    },
    {
      id: 'title',
      size: 200,
      header: () => 'Title',
      cell: ({ row }) => {
        renders.set(row.id, (renders.get(row.id) ?? 0) + 1);
        return <span>{row.original.title}</span>;
      },
    },
  ];
}

function Harness({ rows, columns, onOpen, onSelection }: {
  rows: CrmRecord[];
  columns: ColumnDef<CrmRecord>[];
  onOpen?: (r: CrmRecord) => void;
  onSelection?: (s: RowSelectionState) => void;
}) {
  const [selection, setSelection] = useState<RowSelectionState>({});
  return (
    <RecordTable label="Contacts" columns={columns} rows={rows} hasMore={false} loadingMore={false} onLoadMore={() => {}}
      selection={selection} onSelectionChange={(s) => { setSelection(s); onSelection?.(s); }} onOpen={onOpen} />
  );
}

const wrap = (ui: React.ReactNode) => <MantineProvider>{ui}</MantineProvider>;

describe('RecordTable', () => {
  // jsdom lays nothing out: give elements a size so the virtualiser shows rows (800 px: all the rows here).
  const sizes = ['clientHeight', 'clientWidth'] as const;
  beforeAll(() => {
    for (const k of sizes) Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => 800 });
  });
  afterAll(() => {
    for (const k of sizes) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[k]; // back to Element's
  });

  it('renders rows that open on click and on Enter', async () => {
    const onOpen = vi.fn();
    const columns = makeColumns(new Map());
    render(wrap(<Harness rows={records(0, 5)} columns={columns} onOpen={onOpen} />));
    const table = screen.getByRole('table', { name: 'Contacts' });
    expect(table).toHaveAttribute('aria-rowcount', '5');
    const rows = within(table).getAllByRole('row').filter((r) => r.hasAttribute('data-index'));
    expect(rows.map((r) => r.dataset.index)).toEqual(['0', '1', '2', '3', '4']);
    await userEvent.click(within(rows[2]).getByText('Record 2'));
    expect(onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'r2' }));
    rows[3].focus();
    fireEvent.keyDown(rows[3], { key: 'Enter' });
    expect(onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'r3' }));
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('selects rows with their checkboxes (without opening them) and all loaded rows from the header', async () => {
    const onOpen = vi.fn();
    const onSelection = vi.fn();
    render(wrap(<Harness rows={records(0, 4)} columns={makeColumns(new Map())} onOpen={onOpen} onSelection={onSelection} />));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Record 1' }));
    expect(onSelection).toHaveBeenLastCalledWith({ r1: true });
    expect(onOpen).not.toHaveBeenCalled();
    const row1 = screen.getAllByRole('row').find((r) => r.dataset.index === '1')!;
    expect(row1).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('checkbox', { name: 'Select Record 1' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all loaded rows' }));
    expect(onSelection).toHaveBeenLastCalledWith({ r0: true, r1: true, r2: true, r3: true });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Record 1' }));
    expect(onSelection).toHaveBeenLastCalledWith({ r0: true, r2: true, r3: true });
    expect(row1).toHaveAttribute('aria-selected', 'false');
  });

  it('renders only the new rows when a page is appended, and only the changed row on selection', async () => {
    const renders = new Map<string, number>();
    const columns = makeColumns(renders);
    const first = records(0, 6);
    const { rerender } = render(wrap(<Harness rows={first} columns={columns} />));
    expect(renders.get('r0')).toBe(1);
    rerender(wrap(<Harness rows={[...first, ...records(6, 10)]} columns={columns} />));
    expect([...renders.entries()].filter(([, n]) => n > 1)).toEqual([]); // loaded rows did not re-render
    expect(renders.get('r9')).toBe(1);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Record 4' }));
    expect([...renders.entries()].filter(([, n]) => n > 1)).toEqual([['r4', 2]]);
  });
});
