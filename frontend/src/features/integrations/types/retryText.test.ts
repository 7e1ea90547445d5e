import { describe, expect, it } from 'vitest';
import { retryIntro, retryOutcome } from './retryText';

describe('retry texts', () => {
  it('asks differently for imports and reports', () => {
    expect(retryIntro('import').action).toBe('Retry import');
    expect(retryIntro('report').action).toBe('Run report now');
  });
  it('summarises an import retry', () => {
    const got = retryOutcome({ kind: 'import', status: 'done', message: '', counts: { rows: 5, new: 3, invalid: 2 }, problemsTotal: 2, file: '', importId: 'b1' });
    expect(got.title).toBe('The import ran again');
    expect(got.lines).toEqual(['5 rows · 3 new · 2 invalid', '2 problems: the row-by-row report lists them.']);
  });
  it('summarises a report run and a failure', () => {
    expect(retryOutcome({ kind: 'report', status: 'done', message: '', counts: { rows: 12 }, problemsTotal: 0, file: '/r/a.xlsx', importId: '' }).lines).toEqual([
      '12 rows written to /r/a.xlsx.',
    ]);
    const failed = retryOutcome({ kind: 'report', status: 'failed', message: 'The folder is gone.', counts: { rows: 0 }, problemsTotal: 0, file: '', importId: '' });
    expect(failed.color).toBe('red');
    expect(failed.lines).toContain('The folder is gone.');
  });
});
