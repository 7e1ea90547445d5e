import { describe, expect, it } from 'vitest';
import { keyId, summaryLines } from './summaryLines';
import type { ReportResult } from './reportTypes';

const cols = (groups: number) => [
  ...['stage.name', 'outcome'].slice(0, groups).map((key) => ({ key, label: key, kind: 'text', group: true })),
  { key: 'count', label: 'Count', kind: 'number', agg: 'count' },
];

describe('summaryLines', () => {
  it('one group: the rows, then the total drilling into everything', () => {
    const lines = summaryLines({ columns: cols(1), rows: [['A', 2], [null, 1]], total: [3] });
    expect(lines).toEqual([
      { type: 'row', keys: ['A'], values: [2], groupValues: ['A'] },
      { type: 'row', keys: [null], values: [1], groupValues: [null] },
      { type: 'total', keys: [], values: [3], groupValues: [] },
    ]);
  });

  it('two groups: each first-level group with its subtotal, then its rows, in the order rows come', () => {
    const result: Pick<ReportResult, 'columns' | 'rows' | 'subtotals' | 'total'> = {
      columns: cols(2),
      // sorted by count desc: B's row comes first
      rows: [['B', 'won', 5], ['A', 'won', 2], ['B', 'lost', 1], ['A', null, 1]],
      subtotals: [
        { key: 'A', values: [3], count: 3 },
        { key: 'B', values: [6], count: 6 },
      ],
      total: [9],
    };
    const lines = summaryLines(result);
    expect(lines.map((l) => [l.type, ...l.groupValues, ...l.values])).toEqual([
      ['group', 'B', 6],
      ['row', 'B', 'won', 5],
      ['row', 'B', 'lost', 1],
      ['group', 'A', 3],
      ['row', 'A', 'won', 2],
      ['row', 'A', null, 1],
      ['total', 9],
    ]);
    expect(lines[0].count).toBe(6);
  });

  it('has no total line without groups (the one row is the total)', () => {
    expect(summaryLines({ columns: cols(0), rows: [[3]], total: [3] })).toEqual([{ type: 'row', keys: [], values: [3], groupValues: [] }]);
  });

  it('tells values of different types apart', () => {
    expect(keyId(1)).not.toBe(keyId('1'));
    expect(keyId(null)).not.toBe(keyId(''));
  });
});
