import { describe, expect, it } from 'vitest';
import type { CrmRecord, RecordPage } from '../api/recordsApi';
import { flattenPages, nextPageParam } from './recordPages';

const rec = (id: string) => ({ id, title: id }) as CrmRecord;
let n = 0;
/** A page of fresh row objects (as a fetch returns them). */
const page = (ids: string[], nextAfter = `c${++n}`): RecordPage =>
  ({ rows: ids.map(rec), offset: 0, total: -1, totalCapped: true, nextAfter }) as RecordPage;

describe('nextPageParam', () => {
  it('follows nextAfter and stops on "" or an empty page', () => {
    expect(nextPageParam({ rows: [rec('a')], nextAfter: 'xyz' })).toBe('xyz');
    expect(nextPageParam({ rows: [rec('a')], nextAfter: '' })).toBeUndefined();
    expect(nextPageParam({ rows: [], nextAfter: 'xyz' })).toBeUndefined();
  });
});

describe('flattenPages', () => {
  it('gives a stable empty array for no data', () => {
    expect(flattenPages(undefined)).toBe(flattenPages([]));
    expect(flattenPages(undefined)).toEqual([]);
  });

  it('returns the same array for the same pages (a re-render)', () => {
    const pages = [page(['a', 'b']), page(['c'])];
    const rows = flattenPages(pages);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(flattenPages(pages)).toBe(rows);
    expect(flattenPages([...pages])).toBe(rows); // a new pages array, same page objects
  });

  it('appends a page: a new array, the loaded row objects kept in place', () => {
    const p0 = page(['a', 'b']);
    const p1 = page(['c', 'd']);
    const before = flattenPages([p0, p1]);
    const after = flattenPages([p0, p1, page(['e'])]);
    expect(after).not.toBe(before);
    expect(after.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (let i = 0; i < before.length; i++) expect(after[i]).toBe(before[i]);
    expect(before.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']); // the earlier array is not mutated
  });

  it('shows a record that moved between pages once, where it came first', () => {
    const p0 = page(['a', 'b']);
    expect(flattenPages([p0, page(['b', 'c'])]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    const p1 = page(['c', 'd']);
    const rows = flattenPages([p0, p1]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(flattenPages([p0, p1, page(['a', 'e'])]).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('flattens afresh when a loaded page changed or pages were dropped', () => {
    const p0 = page(['a', 'b']);
    const p1 = page(['c']);
    const p2 = page(['d']);
    flattenPages([p0, p1, p2]);
    expect(flattenPages([p0, p1]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(flattenPages([p0, page(['x', 'c'])]).map((r) => r.id)).toEqual(['a', 'b', 'x', 'c']);
    expect(flattenPages([p0, p1, p2, page(['e'])]).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps lists apart (each list has its own first page)', () => {
    const a = [page(['a1', 'a2'])];
    const b = [page(['b1'])];
    const ra = flattenPages(a);
    expect(flattenPages(b).map((r) => r.id)).toEqual(['b1']);
    expect(flattenPages(a)).toBe(ra);
  });

  it('appends 400 pages in linear time overall', () => {
    const pages: RecordPage[] = [];
    let rows: CrmRecord[] = [];
    for (let p = 0; p < 400; p++) {
      pages.push(page(Array.from({ length: 100 }, (_, i) => `r${p}-${i}`)));
      rows = flattenPages([...pages]);
    }
    expect(rows.length).toBe(40_000);
    expect(rows[39_999].id).toBe('r399-99');
  });
});
