import { describe, expect, it } from 'vitest';
import { canRetry, countsSummary, formatDuration, importCountsToMap, kindLabel, outcomeStyle, reportFileName, shortPath } from './runFormat';

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [850, '850 ms'],
    [1000, '1.0 s'],
    [4_260, '4.2 s'],
    [42_900, '42 s'],
    [60_000, '1 min'],
    [185_000, '3 min 5 s'],
    [3_600_000, '1 h'],
    [3_720_000, '1 h 2 min'],
    [-5, '—'],
    [Number.NaN, '—'],
  ])('%d ms → %s', (ms, want) => {
    expect(formatDuration(ms)).toBe(want);
  });
});

describe('countsSummary', () => {
  it('starts with the rows and lists every non-zero count of an import', () => {
    expect(countsSummary({ rows: 120, new: 100, updated: 0, unchanged: 0, duplicates: 15, skipped: 0, invalid: 5, companiesCreated: 0 })).toBe(
      '120 rows · 100 new · 15 duplicates · 5 invalid',
    );
    expect(countsSummary({ rows: 1, duplicates: 1 })).toBe('1 row · 1 duplicate');
  });
  it('shows other kinds’ counts by name', () => {
    expect(countsSummary({ rows: 2500 })).toBe('2,500 rows');
    expect(countsSummary({ entries: 42 })).toBe('42 entries');
    expect(countsSummary({})).toBe('');
    expect(countsSummary(null)).toBe('');
  });
});

describe('labels and retry', () => {
  it('colours outcomes', () => {
    expect(outcomeStyle('warnings')).toEqual({ label: 'Warnings', color: 'yellow' });
    expect(outcomeStyle('failed').color).toBe('red');
    expect(outcomeStyle('').label).toBe('Unknown');
  });
  it('names kinds', () => {
    expect(kindLabel('report')).toBe('Scheduled report');
    expect(kindLabel('mirror')).toBe('Mirror');
  });
  it('offers Retry only on retryable failed or cancelled runs', () => {
    expect(canRetry({ retryable: true, outcome: 'failed' })).toBe(true);
    expect(canRetry({ retryable: true, outcome: 'cancelled' })).toBe(true);
    expect(canRetry({ retryable: true, outcome: 'warnings' })).toBe(false);
    expect(canRetry({ retryable: false, outcome: 'failed' })).toBe(false);
  });
  it('maps import counts to the log’s names', () => {
    expect(importCountsToMap({ rows: 5, new: 3, update: 0, unchanged: 0, duplicate: 1, skipped: 0, invalid: 1, companiesCreated: 0 })).toEqual({
      rows: 5, new: 3, updated: 0, unchanged: 0, duplicates: 1, skipped: 0, invalid: 1, companiesCreated: 0,
    });
  });
});

describe('shortPath', () => {
  it('keeps the file name of a path', () => {
    expect(shortPath('/tmp/x/open/people.csv')).toBe('people.csv');
    expect(shortPath('C:\\Users\\ana\\book.xlsx')).toBe('book.xlsx');
    expect(shortPath('contacts')).toBe('contacts');
    expect(shortPath('')).toBe('');
  });
});

describe('reportFileName', () => {
  it('names the report after the imported file', () => {
    expect(reportFileName('Import Contacts from people 2026.csv')).toBe('people 2026 problems.xlsx');
    expect(reportFileName('')).toBe('import problems.xlsx');
  });
});
