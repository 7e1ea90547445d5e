import type { CrmRecord, RecordPage } from '../api/recordsApi';

/*
 * Cursor paging of a record list. The backend answers each page with the
 * cursor of the next one (nextAfter, "" after the last page); the list
 * shows the pages' rows as one array.
 *
 * That array is handed to TanStack Table and the virtualised rows, which
 * rebuild per-row state whenever the array changes. So it must keep its
 * identity while the pages do, and appending a page must reuse the rows
 * already there (same objects, in place) rather than rebuild 40,000 of them.
 */

/** The page param (ListQuery.after) of the page after `last`; undefined at the end. */
export function nextPageParam(last: Pick<RecordPage, 'nextAfter' | 'rows'>): string | undefined {
  return last.nextAfter && last.rows.length > 0 ? last.nextAfter : undefined;
}

type Flat = {
  pages: readonly RecordPage[];
  rows: CrmRecord[];
  /** The ids in rows (shared with the next extension of this list; see flattenPages). */
  seen: Set<string>;
};

const EMPTY: CrmRecord[] = [];

/** The latest flattening of a list, by its first page (a list keeps its first page object while pages are appended). */
const flats = new WeakMap<RecordPage, Flat>();

function append(base: Flat, added: readonly RecordPage[], pages: readonly RecordPage[]): Flat {
  const rows = base.rows.slice();
  const seen = base.seen;
  for (const page of added) {
    for (const row of page.rows) {
      // A record can move while the list pages (its sort value changed): show it once, where it came first.
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      rows.push(row);
    }
  }
  return { pages, rows, seen };
}

function isPrefix(prefix: readonly RecordPage[], pages: readonly RecordPage[]): boolean {
  if (prefix.length > pages.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== pages[i]) return false;
  return true;
}

/**
 * The rows of `pages` in order, each id once. The same pages give the same
 * array; pages that extend the last call's pages give a new array holding
 * the same row objects followed by the new ones (linear in the pages added,
 * plus one array copy). Anything else (a refetched or dropped page) is
 * flattened afresh.
 */
export function flattenPages(pages: readonly RecordPage[] | undefined): CrmRecord[] {
  if (!pages || pages.length === 0) return EMPTY;
  const prev = flats.get(pages[0]);
  if (prev && prev.pages.length === pages.length && isPrefix(prev.pages, pages)) return prev.rows;
  const flat =
    prev && isPrefix(prev.pages, pages)
      ? append(prev, pages.slice(prev.pages.length), pages)
      : append({ pages: [], rows: EMPTY, seen: new Set() }, pages, pages);
  flats.set(pages[0], flat);
  return flat.rows;
}
