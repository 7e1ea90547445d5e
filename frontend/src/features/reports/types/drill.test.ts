import { describe, expect, it } from 'vitest';
import { canDrill, detailColumns, drillTarget, drillTitle, recordPath, rowTitle } from './drill';
import type { ResultColumn } from './reportTypes';

const groupCols: ResultColumn[] = [
  { key: 'closedAt', label: 'Closed on', kind: 'text', group: true },
  { key: 'stage.name', label: 'Stage', kind: 'text', group: true },
  { key: 'count', label: 'Count', kind: 'number' },
];

describe('drill-down targets', () => {
  it('only summaries and matrices drill down', () => {
    expect(canDrill({ format: 'summary' })).toBe(true);
    expect(canDrill({ format: 'matrix' })).toBe(true);
    expect(canDrill({ format: 'tabular' })).toBe(false);
    expect(canDrill(undefined)).toBe(false);
  });
  it.each([
    { values: ['2026-Q1', 'Proposal'], want: 'Closed on: Q1 2026 · Stage: Proposal' },
    { values: ['2026-Q1'], want: 'Closed on: Q1 2026' },
    { values: [null, 'Won'], want: 'Closed on: (empty) · Stage: Won' },
    { values: [], want: 'All records' },
  ])('titles $values', ({ values, want }) => {
    expect(drillTitle(values, [{ field: 'closedAt', bucket: 'quarter' }, { field: 'stage.name' }], groupCols)).toBe(want);
  });
  it('passes the clicked group values through unchanged (null stays null for the empty group)', () => {
    const target = drillTarget([null], { entity: 'deals', format: 'summary', groups: [{ field: 'stage.name' }] }, { columns: groupCols.slice(1) });
    expect(target).toEqual({ groupValues: [null], title: 'Stage: (empty)' });
  });
});

describe('drill-down rows', () => {
  const cols: ResultColumn[] = [
    { key: 'firstName', label: 'First name', kind: 'text', type: 'text' },
    { key: 'lastName', label: 'Last name', kind: 'text', type: 'text' },
    { key: 'companyId', label: 'Company', kind: 'text', type: 'ref' },
    { key: 'region', label: 'Region', kind: 'text', type: 'enum' },
  ];
  it('titles a row by its title fields', () => {
    expect(rowTitle('contacts', cols, ['Ana', 'López', 'c1', 'EMEA'])).toBe('Ana López');
    expect(rowTitle('contacts', cols, ['', 'López', 'c1', 'EMEA'])).toBe('López');
  });
  it('falls back to the first text value, then a generic label', () => {
    expect(rowTitle('deals', cols, ['', '', 'c1', 'EMEA'])).toBe('EMEA');
    expect(rowTitle('deals', cols, ['', '', 'c1', ''])).toBe('Open record');
  });
  it('shows neither title fields nor raw ids as detail columns', () => {
    expect(detailColumns('contacts', cols)).toEqual([3]);
  });
  it('links to the record page', () => {
    expect(recordPath('deals', 'a/b')).toBe('/deals/a%2Fb');
  });
});
