import { describe, expect, it } from 'vitest';
import type { AuditPage, AuditRow } from '../api/auditApi';
import { mergeAuditPages, nextBeforeSeq } from './auditPaging';

const row = (seq: number) => ({ seq, action: `contact.view` }) as AuditRow;
const page = (seqs: number[], next: number, total = -1, capped = false): AuditPage => ({
  rows: seqs.map(row), nextBeforeSeq: next, total, totalCapped: capped,
});

describe('nextBeforeSeq', () => {
  it('continues from the oldest row of a page', () => expect(nextBeforeSeq(page([9, 8, 7], 7))).toBe(7));
  it('stops at 0', () => expect(nextBeforeSeq(page([2, 1], 0))).toBeUndefined());
  it('stops on an empty page whatever it says', () => expect(nextBeforeSeq(page([], 5))).toBeUndefined());
});

describe('mergeAuditPages', () => {
  it('is empty before the first page', () => expect(mergeAuditPages(undefined)).toEqual({ rows: [], total: 0, capped: false }));
  it('keeps order, takes the total from the first page, drops repeats', () => {
    const got = mergeAuditPages([page([9, 8, 7], 7, 10_000, true), page([7, 6, 5], 5), page([4], 0)]);
    expect(got.rows.map((r) => r.seq)).toEqual([9, 8, 7, 6, 5, 4]);
    expect(got.total).toBe(10_000);
    expect(got.capped).toBe(true);
  });
});
