import { describe, expect, it } from 'vitest';
import { exactBytes, formatBytes } from './humanSize';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [512, '512 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [10 * 1024 + 300, '10.3 KB'],
    [1023 * 1024, '1 MB'], // "1,023 KB" would read oddly next to MB
    [1000 * 1024, '0.98 MB'],
    [999 * 1024, '999 KB'],
    [5 * 1024 ** 2, '5 MB'],
    [12_912_640, '12.3 MB'],
    [2.31 * 1024 ** 3, '2.31 GB'],
    [3 * 1024 ** 4, '3 TB'],
    [2048 * 1024 ** 4, '2,048 TB'],
    [-1, '—'],
    [Number.NaN, '—'],
  ])('%d → %s', (bytes, want) => {
    expect(formatBytes(bytes)).toBe(want);
  });
});

describe('exactBytes', () => {
  it('groups digits and agrees in number', () => {
    expect(exactBytes(12_912_640)).toBe('12,912,640 bytes');
    expect(exactBytes(1)).toBe('1 byte');
  });
});
