import { createTable, getCoreRowModel, type ColumnDef, type TableOptionsResolved } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { getIncrementalCoreRowModel } from './incrementalRowModel';

type Rec = { id: string; name: string };
const rec = (id: string): Rec => ({ id, name: `Name ${id}` });
const columns: ColumnDef<Rec>[] = [{ id: 'name', accessorFn: (r) => r.name }];

/** A headless table over data, as useReactTable drives one. */
function tableOf(data: Rec[], rowModel = getIncrementalCoreRowModel<Rec>()) {
  let state = {};
  const options: TableOptionsResolved<Rec> = {
    data, columns, getRowId: (r) => r.id, getCoreRowModel: rowModel, state: {}, renderFallbackValue: null, enableRowSelection: true,
    onStateChange: (u) => {
      state = typeof u === 'function' ? u(table.getState()) : u;
      table.setOptions((o) => ({ ...o, state }));
    },
  };
  const table = createTable(options);
  state = { ...table.initialState };
  table.setOptions((o) => ({ ...o, state }));
  const setData = (next: Rec[]) => table.setOptions((o) => ({ ...o, data: next }));
  return { table, setData };
}
const many = (n: number) => Array.from({ length: n }, (_, i) => rec(`r${i}`));

describe('getIncrementalCoreRowModel', () => {
  it('builds the same model as getCoreRowModel', () => {
    const data = [rec('a'), rec('b'), rec('c')];
    const mine = tableOf(data).table.getRowModel();
    const theirs = tableOf(data, getCoreRowModel<Rec>()).table.getRowModel();
    expect(mine.rows.map((r) => [r.id, r.index, r.depth, r.original])).toEqual(theirs.rows.map((r) => [r.id, r.index, r.depth, r.original]));
    expect(Object.keys(mine.rowsById)).toEqual(Object.keys(theirs.rowsById));
    expect(mine.flatRows).toEqual(mine.rows);
    expect(mine.rows[1].getValue('name')).toBe('Name b');
  });

  it('keeps the Rows of loaded records when rows are appended', () => {
    const data = [rec('a'), rec('b')];
    const { table, setData } = tableOf(data);
    const before = table.getRowModel();
    expect(table.getRowModel()).toBe(before); // same data: memoised
    setData([...data, rec('c'), rec('d')]);
    const after = table.getRowModel();
    expect(after).not.toBe(before);
    expect(after.rows[0]).toBe(before.rows[0]);
    expect(after.rows[1]).toBe(before.rows[1]);
    expect(after.rows.map((r) => [r.id, r.index])).toEqual([['a', 0], ['b', 1], ['c', 2], ['d', 3]]);
    expect(Object.keys(after.rowsById).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(table.getRow('d').original.name).toBe('Name d');
  });

  it('rebuilds Rows whose record changed or moved, and forgets removed ones', () => {
    const a = rec('a');
    const b = rec('b');
    const c = rec('c');
    const { table, setData } = tableOf([a, b, c]);
    const before = table.getRowModel();
    const b2 = { ...b, name: 'Changed' };
    setData([a, b2, c]);
    const changed = table.getRowModel();
    expect(changed.rows[0]).toBe(before.rows[0]);
    expect(changed.rows[1]).not.toBe(before.rows[1]);
    expect(changed.rows[1].getValue('name')).toBe('Changed');
    expect(changed.rows[2]).toBe(before.rows[2]);
    setData([c, a]);
    const moved = table.getRowModel();
    expect(moved.rows.map((r) => [r.id, r.index])).toEqual([['c', 0], ['a', 1]]);
    expect(Object.keys(moved.rowsById).sort()).toEqual(['a', 'c']);
  });

  it('selects rows, one or all, and answers selection questions without building every Row', () => {
    const { table } = tableOf(many(100), getIncrementalCoreRowModel<Rec>({ liveRows: 10 }));
    const rows = table.getRowModel().rows;
    const cells5 = rows[5].getAllCells();
    rows[7].toggleSelected(true);
    expect(table.getState().rowSelection).toEqual({ r7: true });
    expect(rows[7].getIsSelected()).toBe(true);
    expect(table.getIsSomeRowsSelected()).toBe(true);
    expect(table.getIsAllRowsSelected()).toBe(false);
    table.toggleAllRowsSelected(true);
    expect(Object.keys(table.getState().rowSelection)).toHaveLength(100);
    expect(table.getIsAllRowsSelected()).toBe(true);
    rows[7].getToggleSelectedHandler()({ target: { checked: false } });
    expect(table.getState().rowSelection.r7).toBeUndefined();
    expect(table.getIsAllRowsSelected()).toBe(false);
    // Row 5's real Row (and its cells) survived all that: no Row was built per row.
    expect(rows[5].getAllCells()).toBe(cells5);
  });

  it('keeps real Rows (and their cells) for the most recently used rows only', () => {
    const { table } = tableOf(many(100), getIncrementalCoreRowModel<Rec>({ liveRows: 10 }));
    const rows = table.getRowModel().rows;
    const first = rows[0].getVisibleCells();
    expect(rows[0].getVisibleCells()).toBe(first); // memoised while live
    for (let i = 1; i <= 10; i++) rows[i].getVisibleCells();
    const again = rows[0].getVisibleCells(); // dropped, rebuilt: same content
    expect(again).not.toBe(first);
    expect(again.map((c) => c.id)).toEqual(first.map((c) => c.id));
    expect(again[0].row.original).toBe(rows[0].original);
    expect(again[0].getValue()).toBe('Name r0');
  });

  it('keeps selection working on reused rows', () => {
    const data = [rec('a'), rec('b')];
    let selection = {};
    const { table, setData } = tableOf(data);
    table.setOptions((o) => ({ ...o, onRowSelectionChange: (u) => { selection = typeof u === 'function' ? u(selection) : u; }, state: { ...o.state, rowSelection: selection } }));
    setData([...data, rec('c')]);
    table.getRow('a').toggleSelected(true);
    expect(selection).toEqual({ a: true });
  });
});
