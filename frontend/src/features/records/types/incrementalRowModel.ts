import { createRow, getMemoOptions, memo, type Row, type RowData, type RowModel, type Table } from '@tanstack/react-table';

/*
 * TanStack Table's getCoreRowModel for a long flat list that grows at its
 * end (infinite scrolling), at a cost that does not grow with it.
 *
 * getCoreRowModel builds a Row for every record whenever the data array
 * changes: a Row carries some 40 closures (5.5 kB), and the cells a Row
 * memoises once rendered another 8.7 kB (measured: 50,000 rows cost
 * 0.9 s and 260 MB to build, and 420 MB more once each had been rendered).
 * Appending page 400 of a list rebuilt 40,000 Rows, and the garbage was
 * most of the scrolling cost; the cells of every row ever rendered stayed.
 *
 * Here the row model holds light rows: id, index, original, depth and
 * subRows as data, every Row method on a shared prototype that forwards to
 * a real TanStack Row built on first use. Real Rows are kept for the most
 * recently used `liveRows` rows only (what is on screen, and more), so
 * memory stays flat however far the list scrolls. And a light row is
 * reused while its record is the same object at the same index, so
 * appending a page creates only that page's rows, and a memoised row
 * component keeps seeing the same row object.
 */

/** Real TanStack Rows kept alive (least recently used ones are dropped). */
export const DEFAULT_LIVE_ROWS = 1000;

type Light<TData extends RowData> = Row<TData>;

/** The fields a light row holds itself; everything else is forwarded to the real Row. */
const OWN = new Set(['id', 'index', 'original', 'depth', 'parentId', 'subRows']);
const NO_SUB_ROWS: never[] = [];

export function getIncrementalCoreRowModel<TData extends RowData>(
  { liveRows = DEFAULT_LIVE_ROWS }: { liveRows?: number } = {},
): (table: Table<TData>) => () => RowModel<TData> {
  return (table) => {
    const real = new Map<Light<TData>, Row<TData>>(); // in order of last use
    const realOf = (light: Light<TData>): Row<TData> => {
      let row = real.get(light);
      if (row) {
        real.delete(light);
      } else {
        row = createRow(table, light.id, light.original, light.index, 0);
        if (real.size >= liveRows) real.delete(real.keys().next().value!);
      }
      real.set(light, row);
      return row;
    };
    let proto: object | undefined;
    const lightRow = (original: TData, index: number): Light<TData> => {
      proto ??= forwardingPrototype(table, original, realOf);
      const light = Object.create(proto) as Light<TData>;
      light.id = table._getRowId(original, index);
      light.index = index;
      light.original = original;
      light.depth = 0;
      light.parentId = undefined;
      light.subRows = NO_SUB_ROWS;
      return light;
    };
    let last: RowModel<TData> | undefined;
    return memo(
      () => [table.options.data],
      (data) => {
        last = nextRowModel(last, data, lightRow);
        return last;
      },
      getMemoOptions(table.options, 'debugTable', 'getRowModel', () => table._autoResetPageIndex()),
    );
  };
}

/** A prototype with every member of a TanStack Row (found on a sample) forwarded to the light row's real Row. */
function forwardingPrototype<TData extends RowData>(table: Table<TData>, sample: TData, realOf: (light: Light<TData>) => Row<TData>): object {
  const proto: Record<string, unknown> = {};
  const example = createRow(table, '', sample, 0, 0) as unknown as Record<string, unknown>;
  for (const key of Object.keys(example)) {
    if (OWN.has(key)) continue;
    if (typeof example[key] === 'function') {
      proto[key] = function (this: Light<TData>, ...args: unknown[]) {
        return (realOf(this) as unknown as Record<string, (...a: unknown[]) => unknown>)[key](...args);
      };
    } else {
      Object.defineProperty(proto, key, {
        get(this: Light<TData>) {
          return (realOf(this) as unknown as Record<string, unknown>)[key];
        },
      });
    }
  }
  // Asked of every row by "select all" and its checkbox: answered without building real Rows (as RowSelection does).
  const option = (value: boolean | ((row: Row<TData>) => boolean) | undefined, row: Row<TData>) =>
    typeof value === 'function' ? value(row) : (value ?? true);
  Object.assign(proto, {
    getCanSelect(this: Light<TData>) {
      return option(table.options.enableRowSelection, this);
    },
    getCanMultiSelect(this: Light<TData>) {
      return option(table.options.enableMultiRowSelection, this);
    },
    getCanSelectSubRows(this: Light<TData>) {
      return option(table.options.enableSubRowSelection, this);
    },
    getIsSelected(this: Light<TData>) {
      return table.getState().rowSelection?.[this.id] ?? false;
    },
  });
  return proto;
}

/**
 * The row model of data: prev's rows where the record is the same object at
 * the same index, make(original, index) for the others. When all of prev is
 * kept (rows were appended) its id index is extended, else built anew.
 */
export function nextRowModel<TData extends RowData>(
  prev: RowModel<TData> | undefined,
  data: readonly TData[],
  make: (original: TData, index: number) => Row<TData>,
): RowModel<TData> {
  const rows: Row<TData>[] = new Array(data.length);
  const old = prev?.rows ?? [];
  let kept = 0;
  while (kept < old.length && kept < data.length && old[kept].original === data[kept]) {
    rows[kept] = old[kept];
    kept++;
  }
  const appended = prev !== undefined && kept === old.length;
  const rowsById: Record<string, Row<TData>> = appended ? prev.rowsById : {};
  if (!appended) for (let i = 0; i < kept; i++) rowsById[rows[i].id] = rows[i];
  for (let i = kept; i < data.length; i++) {
    const row = old[i]?.original === data[i] ? old[i] : make(data[i], i);
    rows[i] = row;
    rowsById[row.id] = row;
  }
  return { rows, flatRows: rows, rowsById };
}
