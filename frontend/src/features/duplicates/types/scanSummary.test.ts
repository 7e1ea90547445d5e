import { describe, expect, it } from 'vitest';
import type { DuplicateScan } from './duplicateTypes';
import { formatSeconds, scanSummary, withoutRecord } from './scanSummary';

describe('scanSummary', () => {
  it('says how many records, how long and how many groups', () => {
    expect(scanSummary({ records: 1234, durationMs: 2345, groupCount: 5 })).toBe('1,234 records checked in 2.3 s, 5 groups');
    expect(scanSummary({ records: 1, durationMs: 12, groupCount: 1 })).toBe('1 record checked in 12 ms, 1 group');
  });

  it.each([
    [400, '400 ms'],
    [1_250, '1.3 s'],
    [9_960, '10 s'],
    [12_345, '12 s'],
    [-5, '0 ms'],
  ])('formatSeconds(%d) → %s', (ms, text) => expect(formatSeconds(ms)).toBe(text));
});

describe('withoutRecord', () => {
  const rec = (id: string) => ({ id, title: id, subtitle: '' });
  const scan: DuplicateScan = {
    entity: 'contacts', records: 10, durationMs: 5, groupCount: 3,
    groups: [
      { records: [rec('a'), rec('b')], score: 1, reason: 'email' },
      { records: [rec('c'), rec('d'), rec('e')], score: 0.9, reason: 'name:phonetic' },
      { records: [rec('f'), rec('g')], score: 0.9, reason: 'phone' },
    ],
  };

  it('resolves a pair and shrinks a bigger group', () => {
    const after = withoutRecord(withoutRecord(scan, 'b'), 'd');
    expect(after.groups.map((g) => g.records.map((r) => r.id))).toEqual([['c', 'e'], ['f', 'g']]);
    expect(after.groupCount).toBe(2);
  });

  it('leaves groups without the record alone', () => {
    const after = withoutRecord(scan, 'zz');
    expect(after.groups[0]).toBe(scan.groups[0]);
    expect(after.groupCount).toBe(3);
  });
});
