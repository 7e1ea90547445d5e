import { describe, expect, it } from 'vitest';
import { cleanFilters, describeFilters, filterErrors, filtersFromParams, filtersToParams, rangeChoice, rangeOf, sameFilters, withoutFilterParams } from './filters';

describe('filter serialization', () => {
  it('drops empty fields, and from/to unless the range is custom', () => {
    expect(cleanFilters({ dateRange: '', from: '2026-01-01', teamId: '' })).toEqual({});
    expect(cleanFilters({ dateRange: 'last30Days', from: '2026-01-01', to: '2026-02-01', teamId: ' t1 ' })).toEqual({ dateRange: 'last30Days', teamId: 't1' });
    expect(cleanFilters({ dateRange: 'custom', from: '2026-01-01', to: '2026-02-01' })).toEqual({ dateRange: 'custom', from: '2026-01-01', to: '2026-02-01' });
  });

  it.each([
    [{ dateRange: 'thisMonth' }, 'range=thisMonth'],
    [{}, 'range=none'],
    [{ dateRange: 'custom', from: '2026-01-01', to: '2026-03-31', teamId: 'team-1' }, 'range=custom&from=2026-01-01&to=2026-03-31&team=team-1'],
  ])('round-trips %j through the URL', (filters, query) => {
    const params = filtersToParams(filters, new URLSearchParams('d=abc'));
    expect(params.toString()).toBe(`d=abc&${query}`);
    expect(filtersFromParams(params)).toEqual(cleanFilters(filters));
  });

  it('means "use the saved filters" when the URL names none, and drops unknown ranges', () => {
    expect(filtersFromParams(new URLSearchParams('d=abc'))).toBeNull();
    expect(filtersFromParams(new URLSearchParams('range=forever'))).toEqual({});
    expect(filtersFromParams(new URLSearchParams('team=t9'))).toEqual({ teamId: 't9' });
    expect(withoutFilterParams(new URLSearchParams('d=a&range=today&team=t')).toString()).toBe('d=a');
  });

  it('maps the select choice to the range and back', () => {
    expect(rangeChoice({})).toBe('none');
    expect(rangeChoice({ dateRange: 'today' })).toBe('today');
    expect(rangeOf('none')).toBe('');
    expect(rangeOf(null)).toBe('');
    expect(rangeOf('lastWeek')).toBe('lastWeek');
  });

  it('compares filters by meaning', () => {
    expect(sameFilters({ dateRange: 'today', from: 'x' }, { dateRange: 'today' })).toBe(true);
    expect(sameFilters({ teamId: 'a' }, { teamId: 'b' })).toBe(false);
  });
});

describe('filterErrors', () => {
  it.each([
    ['not custom', { dateRange: 'today' }, {}],
    ['a good range', { dateRange: 'custom', from: '2026-01-01', to: '2026-01-31' }, {}],
    ['one day', { dateRange: 'custom', from: '2026-01-01', to: '2026-01-01' }, {}],
    ['no first day', { dateRange: 'custom', to: '2026-01-31' }, { 'filters.from': 'Enter the first day.' }],
    ['an impossible day', { dateRange: 'custom', from: '2026-02-30', to: '2026-03-01' }, { 'filters.from': 'Enter the first day.' }],
    ['no last day', { dateRange: 'custom', from: '2026-01-01' }, { 'filters.to': 'Enter the last day.' }],
    ['backwards', { dateRange: 'custom', from: '2026-02-01', to: '2026-01-01' }, { 'filters.to': 'The last day must not be before the first.' }],
    ['over ten years', { dateRange: 'custom', from: '2010-01-01', to: '2026-01-01' }, { 'filters.to': 'Choose a range of at most ten years.' }],
  ])('%s', (_name, filters, want) => {
    expect(filterErrors(filters)).toEqual(want);
  });
});

describe('describeFilters', () => {
  it('names the range and the team', () => {
    expect(describeFilters({})).toBe("Each widget's own period");
    expect(describeFilters({ dateRange: 'last30Days', teamId: 't1' }, () => 'North')).toBe('Last 30 days · North');
    expect(describeFilters({ dateRange: 'custom', from: '2026-05-12', to: '2026-06-30' }, undefined)).toMatch(/May 12, 2026 – Jun 30, 2026/);
  });
});
