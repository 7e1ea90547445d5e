import { describe, expect, it } from 'vitest';
import { delimiterLabel, encodingLabel, formatBytes, formatLabel, reportFileName, sampleValues } from './fileInfo';

describe('file details', () => {
  it.each([[0, '0 bytes'], [512, '512 bytes'], [1536, '1.5 KB'], [20 * 1024, '20 KB'], [3.2 * 1024 * 1024, '3.2 MB']])('formatBytes(%d) = %s', (n, want) => {
    expect(formatBytes(n)).toBe(want);
  });
  it('labels the dialect', () => {
    expect(delimiterLabel(';')).toBe('Semicolon (;)');
    expect(delimiterLabel('\t')).toBe('Tab');
    expect(delimiterLabel('#')).toBe('“#”');
    expect(encodingLabel('windows-1252')).toBe('Windows-1252 (Western European)');
    expect(formatLabel('xlsx')).toBe('Excel workbook');
  });
  it('picks distinct non-empty sample values', () => {
    const sample = [['a', ''], ['a', 'x'], [' b ', 'y'], ['c'], ['d']];
    expect(sampleValues(sample, 0)).toEqual(['a', 'b', 'c']);
    expect(sampleValues(sample, 1, 2)).toEqual(['x', 'y']);
    expect(sampleValues(sample, 5)).toEqual([]);
  });
  it('names the report after the file', () => {
    expect(reportFileName('contacts 2026.csv')).toBe('contacts 2026 problems.xlsx');
    expect(reportFileName('book.xlsx')).toBe('book problems.xlsx');
    expect(reportFileName('')).toBe('import problems.xlsx');
  });
});
