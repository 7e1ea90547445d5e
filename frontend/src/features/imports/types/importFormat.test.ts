import { describe, expect, it } from 'vitest';
import { batchStatusStyle, canRevert, outcomeStyle, progressText, revertDescription } from './importFormat';
import { recordCount } from './importTypes';

describe('past imports', () => {
  it.each([
    ['done', true],
    ['cancelled', true],
    ['failed', true],
    ['reverted', false],
    ['running', false],
  ])('%s can be reverted: %s', (status, want) => {
    expect(canRevert({ status })).toBe(want);
  });
  it('labels statuses and outcomes', () => {
    expect(batchStatusStyle('reverted')).toEqual({ label: 'Reverted', color: 'gray' });
    expect(batchStatusStyle('other').label).toBe('other');
    expect(outcomeStyle('invalid')).toEqual({ label: 'Invalid', color: 'red' });
    expect(outcomeStyle('duplicate').color).toBe('orange');
  });
  it('describes progress by percent', () => {
    expect(progressText(true, null)).toBe('Checking rows…');
    expect(progressText(false, 42)).toBe('Importing… 42%');
  });
});

describe('revertDescription', () => {
  it('names only what the import did', () => {
    expect(revertDescription('contacts', 3, 0, recordCount)).toBe('deletes the 3 contacts it created for good');
    expect(revertDescription('companies', 0, 1, recordCount)).toBe(
      'gives the 1 company it updated back the values they had before (only the fields it changed, and owner and team)',
    );
    expect(revertDescription('deals', 2, 2, recordCount)).toMatch(/^deletes the 2 deals it created for good, and gives the 2 deals it updated/);
    expect(revertDescription('leads', 0, 0, recordCount)).toBe('');
  });
});
