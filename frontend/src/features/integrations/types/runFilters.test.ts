import { describe, expect, it } from 'vitest';
import { EMPTY_RUN_FILTERS, RUN_LIMIT, countActiveFilters, dateRangeProblem, filtersFromParams, filtersToParams, toRunFilter } from './runFilters';

describe('filters in the URL', () => {
  it('round-trips and keeps other params', () => {
    const filters = { kind: 'import', outcome: 'warnings', from: '2026-11-01', to: '2026-11-30', text: 'contacts' } as const;
    const params = filtersToParams(filters, new URLSearchParams('tab=x'));
    expect(params.get('tab')).toBe('x');
    expect(filtersFromParams(params)).toEqual(filters);
  });
  it('reads unknown values as any and drops empty ones', () => {
    expect(filtersFromParams(new URLSearchParams('kind=teleport&outcome=meh&from=yesterday&text=a'))).toEqual({ ...EMPTY_RUN_FILTERS, text: 'a' });
    expect(filtersToParams(EMPTY_RUN_FILTERS, new URLSearchParams('kind=import')).toString()).toBe('');
  });
  it('counts active filters', () => {
    expect(countActiveFilters(EMPTY_RUN_FILTERS)).toBe(0);
    expect(countActiveFilters({ ...EMPTY_RUN_FILTERS, kind: 'export', text: '  ' })).toBe(1);
  });
});

describe('toRunFilter', () => {
  it('sends the filters with a trimmed search and the limit', () => {
    expect(toRunFilter({ kind: 'export', outcome: '', from: '2026-11-01', to: '', text: '  q3 ' })).toEqual({
      kind: 'export', outcome: '', from: '2026-11-01', to: '', text: 'q3', limit: RUN_LIMIT,
    });
  });
  it('drops a reversed date range and says why', () => {
    const reversed = { ...EMPTY_RUN_FILTERS, from: '2026-12-01', to: '2026-11-01' };
    expect(dateRangeProblem(reversed)).toBe('The end is before the start.');
    expect(toRunFilter(reversed, 50)).toMatchObject({ from: '', to: '', limit: 50 });
    expect(dateRangeProblem({ from: '2026-11-01', to: '2026-11-01' })).toBe('');
  });
});
