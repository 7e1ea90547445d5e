import { describe, expect, it } from 'vitest';
import type { ReportSpec, Widget } from './dashboardTypes';
import { canDrill, detailColumns, drillTitle, rangeField, rangeFilter, rowTitle, widgetRunSpec, widgetSourceSpec } from './drill';

const dealDates = new Set(['createdAt', 'updatedAt', 'closedAt', 'expectedClose']);
const ctx = { userId: 'u1', dateFields: dealDates };
const widget = (options: Widget['options'] = {}): Pick<Widget, 'options'> => ({ options });
const pipeline: ReportSpec = {
  entity: 'deals',
  format: 'summary',
  filters: [{ field: 'outcome', op: 'eq', value: 'open' }],
  groups: [{ field: 'stage.name' }],
  aggregates: [{ key: 'deals', func: 'count' }],
};
const wonLost: ReportSpec = {
  entity: 'deals',
  format: 'matrix',
  filters: [{ field: 'outcome', op: 'in', values: ['won', 'lost'] }, { field: 'closedAt', op: 'lastNDays', n: 365 }],
  groups: [{ field: 'closedAt', bucket: 'month' }, { field: 'outcome' }],
};

describe('rangeFilter', () => {
  it.each([
    [{}, null],
    [{ dateRange: 'thisMonth' }, { field: 'f', op: 'thisMonth' }],
    [{ dateRange: 'last90Days' }, { field: 'f', op: 'lastNDays', n: 90 }],
    [{ dateRange: 'custom', from: '2026-01-01', to: '2026-01-31' }, { field: 'f', op: 'between', values: ['2026-01-01', '2026-01-31'] }],
    [{ dateRange: 'custom', from: '2026-01-01' }, null],
    [{ dateRange: 'lastNDays' }, null],
  ])('%j', (filters, want) => {
    expect(rangeFilter(filters, 'f')).toEqual(want);
  });
});

describe('rangeField follows the backend rule', () => {
  it('prefers the widget override, then the period filter, then the natural date', () => {
    expect(rangeField(wonLost, 'expectedClose', dealDates)).toBe('expectedClose');
    expect(rangeField(wonLost, undefined, dealDates)).toBe('closedAt');
    expect(rangeField(pipeline, undefined, dealDates)).toBe('createdAt');
    expect(rangeField({ entity: 'activities' }, undefined, new Set(['at', 'createdAt']))).toBe('at');
    expect(rangeField({ entity: 'x' }, undefined, new Set())).toBe('');
  });
});

describe('widgetRunSpec', () => {
  it('adds own-records and team filters', () => {
    const spec = widgetRunSpec(pipeline, widget({ onlyMine: true }), { teamId: 't1' }, ctx);
    expect(spec.filters).toEqual([
      { field: 'outcome', op: 'eq', value: 'open' },
      { field: 'ownerId', op: 'eq', value: 'u1' },
      { field: 'teamId', op: 'eq', value: 't1' },
    ]);
  });

  it('puts the range first and replaces the period filter on its field', () => {
    const spec = widgetRunSpec(wonLost, widget(), { dateRange: 'thisYear' }, ctx);
    expect(spec.filters).toEqual([{ field: 'closedAt', op: 'thisYear' }, { field: 'outcome', op: 'in', values: ['won', 'lost'] }]);
    expect(wonLost.filters).toHaveLength(2); // the source is not changed
  });

  it('applies the range to the natural date when the report has no period', () => {
    const spec = widgetRunSpec(pipeline, widget(), { dateRange: 'last7Days' }, ctx);
    expect(spec.filters?.[0]).toEqual({ field: 'createdAt', op: 'lastNDays', n: 7 });
  });

  it('leaves the spec alone for a widget that ignores the range, or without one', () => {
    expect(widgetRunSpec(wonLost, widget({ ignoreDateRange: true }), { dateRange: 'today' }, ctx).filters).toEqual(wonLost.filters);
    expect(widgetRunSpec(wonLost, widget(), {}, ctx).filters).toEqual(wonLost.filters);
  });
});

describe('drill helpers', () => {
  it('finds the spec behind a widget', () => {
    const reports = new Map([['builtin:pipeline-by-stage', pipeline]]);
    expect(widgetSourceSpec({ report: 'builtin:pipeline-by-stage' }, reports)).toBe(pipeline);
    expect(widgetSourceSpec({ spec: wonLost }, reports)).toBe(wonLost);
    expect(widgetSourceSpec({ report: 'gone' }, reports)).toBeNull();
    expect(canDrill(pipeline)).toBe(true);
    expect(canDrill({ format: 'tabular' })).toBe(false);
    expect(canDrill(null)).toBe(false);
  });

  it('titles the clicked values by their group columns', () => {
    const columns = [
      { key: 'closedAt', label: 'Closed on', kind: 'text', group: true },
      { key: 'outcome', label: 'Outcome', kind: 'text', group: true },
      { key: 'deals', label: 'Deals', kind: 'number' },
    ];
    expect(drillTitle(['2026-03', 'won'], columns)).toBe('Closed on: Mar 2026 · Outcome: won');
    expect(drillTitle([null], columns)).toBe('Closed on: (empty)');
    expect(drillTitle([], columns)).toBe('All records');
  });

  it('reads a row title and its detail columns', () => {
    const columns = [
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'id', label: 'Record ID', kind: 'text', type: 'ref' },
      { key: 'amount', label: 'Amount', kind: 'money' },
    ];
    expect(rowTitle('deals', columns, ['Big deal', 'x1', 10])).toBe('Big deal');
    expect(rowTitle('tasks', columns, ['', 'x1', 10])).toBe('Open record');
    expect(detailColumns('deals', columns)).toEqual([2]);
  });
});
