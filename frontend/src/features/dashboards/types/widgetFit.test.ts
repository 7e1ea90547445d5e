import { describe, expect, it } from 'vitest';
import { aggregateKey, fitProblem, kpiValues, suggestedType } from './widgetFit';

const summary1 = { format: 'summary', groups: [{ field: 'stage.name' }] };
const summary2 = { format: 'summary', groups: [{ field: 'a' }, { field: 'b' }] };
const matrix = { format: 'matrix', groups: [{ field: 'a' }, { field: 'b' }] };
const tabular = { format: 'tabular' };
const total = { format: 'summary' };

describe('fitProblem mirrors the backend fits', () => {
  it.each([
    ['kpi', tabular, true], ['table', tabular, true], ['kpi', total, true],
    ['bar', summary1, true], ['line', summary2, true], ['area', matrix, true], ['bar', tabular, false], ['bar', total, false],
    ['pie', summary1, true], ['donut', summary2, false], ['funnel', matrix, false], ['pie', tabular, false],
    ['gauge', summary1, false],
  ])('%s over %j fits: %s', (type, spec, fits) => {
    expect(fitProblem(type, spec) === null).toBe(fits);
  });
});

describe('KPI values', () => {
  it('lists the aggregates by key, or count without any', () => {
    expect(aggregateKey({ func: 'sum', field: 'amount' })).toBe('sum:amount');
    expect(aggregateKey({ key: 'won', func: 'count' })).toBe('won');
    expect(kpiValues({ aggregates: [{ key: 'deals', label: 'Deals', func: 'count' }, { func: 'sum', field: 'amount' }] })).toEqual([
      { value: 'deals', label: 'Deals' },
      { value: 'sum:amount', label: 'sum:amount' },
    ]);
    expect(kpiValues({})).toEqual([{ value: 'count', label: 'Number of records' }]);
  });

  it('suggests the built-in chart when it fits', () => {
    expect(suggestedType({ chart: 'stackedBar', spec: { entity: 'deals', ...matrix } })).toBe('bar');
    expect(suggestedType({ chart: 'kpi', spec: { entity: 'deals', ...total } })).toBe('kpi');
    expect(suggestedType({ spec: { entity: 'deals', ...tabular } })).toBe('table');
  });
});
