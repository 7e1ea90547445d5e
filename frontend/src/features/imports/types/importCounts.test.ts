import { describe, expect, it } from 'vitest';
import { countTiles, countsSummary, writtenCount } from './importCounts';
import { EMPTY_COUNTS } from './importTypes';

describe('countsSummary', () => {
  it('names the rows and every outcome that happened', () => {
    expect(countsSummary({ ...EMPTY_COUNTS, rows: 120, new: 100, invalid: 5, duplicate: 15 })).toBe('120 rows · 100 created · 15 duplicates · 5 invalid');
    expect(countsSummary({ ...EMPTY_COUNTS, rows: 120, new: 100, invalid: 5 }, true)).toBe('120 rows · 100 new · 5 invalid');
  });
  it('handles one and none', () => {
    expect(countsSummary({ ...EMPTY_COUNTS, rows: 1, duplicate: 1 })).toBe('1 row · 1 duplicate');
    expect(countsSummary(EMPTY_COUNTS)).toBe('0 rows');
    expect(countsSummary({ ...EMPTY_COUNTS, rows: 2500, update: 2, unchanged: 3, skipped: 4, companiesCreated: 1 })).toBe(
      '2,500 rows · 2 updated · 3 unchanged · 4 skipped · 1 company created',
    );
  });
});

describe('countTiles', () => {
  it('says what would happen in a dry run and what did after an import', () => {
    expect(countTiles(true).map((t) => t.label)).toEqual(['New', 'Update', 'Unchanged', 'Duplicates', 'Skipped', 'Invalid']);
    expect(countTiles(false).slice(0, 2).map((t) => t.label)).toEqual(['Created', 'Updated']);
  });
  it('counts the records written', () => {
    expect(writtenCount({ new: 3, update: 2 })).toBe(5);
  });
});
