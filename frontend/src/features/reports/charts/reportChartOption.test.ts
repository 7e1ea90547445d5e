import { describe, expect, it } from 'vitest';
import type { ReportResult } from '../types/reportTypes';
import type { ChartPalette } from './chartPalette';
import { chartShape, groupValuesOfClick, reportChartOption, type ChartDatum } from './reportChartOption';

const palette: ChartPalette = { text: '#111', dimmed: '#777', grid: '#ddd', surface: '#fff', border: '#ccc', series: ['#1', '#2', '#3'] };
type Series = { type: string; name: string; stack?: string; yAxisIndex?: number; data: ChartDatum[]; tooltip?: { valueFormatter?: (v: unknown) => string } };
type Axis = { data?: string[]; axisLabel?: { formatter?: (v: number) => string } };

const byStage: ReportResult = {
  format: 'summary',
  entity: 'deals',
  columns: [
    { key: 'stage.name', label: 'Stage', kind: 'text', group: true },
    { key: 'count', label: 'Count', kind: 'number', agg: 'count' },
    { key: 'sum:amount', label: 'Sum of amount', kind: 'money', agg: 'sum' },
  ],
  rows: [
    ['Qualification', 2, 30000],
    ['Proposal', 1, 12500.5],
    [null, 1, null],
  ],
  total: [4, 42500.5],
  rowCount: 4,
  truncated: false,
};

describe('one group: bars per aggregate', () => {
  const option = reportChartOption(byStage, [{ field: 'stage.name' }], palette)!;
  const series = option.series as Series[];

  it('has one bar series per aggregate over the group keys, the empty group labelled', () => {
    expect(chartShape(byStage)).toBe('bars');
    expect((option.xAxis as Axis).data).toEqual(['Qualification', 'Proposal', '(empty)']);
    expect(series.map((s) => [s.type, s.name])).toEqual([['bar', 'Count'], ['bar', 'Sum of amount']]);
    expect(series[0].data.map((d) => d.value)).toEqual([2, 1, 1]);
    expect(series[1].data.map((d) => d.value)).toEqual([30000, 12500.5, null]);
  });
  it('gives counts and money their own value axes', () => {
    expect(series.map((s) => s.yAxisIndex)).toEqual([0, 1]);
    const axes = option.yAxis as (Axis & { minInterval?: number })[];
    expect(axes).toHaveLength(2);
    expect(axes.map((a) => a.minInterval)).toEqual([1, undefined]);
    expect(axes[1].axisLabel?.formatter?.(25000)).toBe('25K');
  });
  it('carries the group values a click drills into, null for the empty group', () => {
    expect(series[0].data.map((d) => d.groupValues)).toEqual([['Qualification'], ['Proposal'], [null]]);
    expect(groupValuesOfClick({ data: series[1].data[0] })).toEqual(['Qualification']);
  });
  it('formats tooltip values by kind, with a toggleable legend', () => {
    expect(series[1].tooltip?.valueFormatter?.(12500.5)).toMatch(/^12,500\.50$/);
    expect(option.tooltip).toMatchObject({ trigger: 'axis' });
    expect(option.legend).toMatchObject({ type: 'scroll', textStyle: { color: '#111' } });
  });
  it('draws a percent as a line beside other kinds', () => {
    const withRate: ReportResult = {
      ...byStage,
      columns: [...byStage.columns, { key: 'rate', label: 'Win rate', kind: 'percent', agg: 'percent' }],
      rows: byStage.rows.map((r) => [...r, 50]),
    };
    const s = reportChartOption(withRate, [], palette)!.series as Series[];
    expect(s[2]).toMatchObject({ type: 'line', name: 'Win rate', yAxisIndex: 2 });
  });
  it('adds the previous period beside the first aggregate, not drillable', () => {
    const compared: ReportResult = { ...byStage, previous: { ...byStage, rows: [['Proposal', 7, 1]] } };
    const s = reportChartOption(compared, [], palette)!.series as Series[];
    const prev = s.at(-1)!;
    expect(prev.name).toBe('Count (previous period)');
    expect(prev.data.map((d) => d.value)).toEqual([null, 7, null]);
    expect(groupValuesOfClick({ data: prev.data[1] })).toBeNull();
  });
});

describe('two groups: stacked or grouped bars', () => {
  const twoGroups: ReportResult = {
    format: 'summary',
    entity: 'deals',
    columns: [
      { key: 'closedAt', label: 'Closed on', kind: 'text', group: true },
      { key: 'outcome', label: 'Outcome', kind: 'text', group: true },
      { key: 'count', label: 'Count', kind: 'number', agg: 'count' },
      { key: 'avg:amount', label: 'Average of amount', kind: 'money', agg: 'avg' },
    ],
    rows: [
      ['2026-01', 'won', 2, 100],
      ['2026-01', 'lost', 1, 50],
      ['2026-02', 'won', 3, 80],
    ],
    rowCount: 6,
    truncated: false,
  };
  const groups = [{ field: 'closedAt', bucket: 'month' }, { field: 'outcome' }];

  it('stacks counts: rows on the axis, one series per second-group key, missing cells empty', () => {
    const option = reportChartOption(twoGroups, groups, palette, 0)!;
    const series = option.series as Series[];
    expect(chartShape(twoGroups, 0)).toBe('stacked');
    expect((option.xAxis as Axis).data).toEqual(['Jan 2026', 'Feb 2026']);
    expect(series.map((s) => s.name)).toEqual(['won', 'lost']);
    expect(series.every((s) => s.stack === 'total')).toBe(true);
    expect(series[1].data.map((d) => d.value)).toEqual([1, null]);
    expect(series[1].data[0].groupValues).toEqual(['2026-01', 'lost']);
  });
  it('puts averages side by side (stacking them would add them up)', () => {
    const series = reportChartOption(twoGroups, groups, palette, 1)!.series as Series[];
    expect(chartShape(twoGroups, 1)).toBe('grouped');
    expect(series.some((s) => s.stack)).toBe(false);
    expect(series[0].data.map((d) => d.value)).toEqual([100, 80]);
  });
});

describe('matrix', () => {
  const matrix: ReportResult = {
    format: 'matrix',
    entity: 'activities',
    columns: [
      { key: 'at', label: 'When', kind: 'text', group: true },
      { key: 'kind', label: 'Kind', kind: 'text', group: true },
      { key: 'activities', label: 'Activities', kind: 'number', agg: 'count' },
    ],
    rows: [['2026-W01', 'call', 2]],
    matrix: { rowKeys: ['2026-W01', '2026-W02'], colKeys: ['call', 'email'], cells: [[2, 0], [0, 5]], rowTotals: [2, 5], colTotals: [2, 5], total: 7 },
    total: [7],
    rowCount: 7,
    truncated: false,
  };
  it('draws the cells as stacked bars per row key with cell drill values', () => {
    const option = reportChartOption(matrix, [{ field: 'at', bucket: 'week' }, { field: 'kind' }], palette)!;
    const series = option.series as Series[];
    expect((option.xAxis as Axis).data).toEqual(['Week 1, 2026', 'Week 2, 2026']);
    expect(series.map((s) => s.name)).toEqual(['call', 'email']);
    expect(series[1].data).toEqual([
      { value: 0, groupValues: ['2026-W01', 'email'] },
      { value: 5, groupValues: ['2026-W02', 'email'] },
    ]);
  });
});

describe('nothing to chart', () => {
  it.each([
    { name: 'a table', result: { ...byStage, format: 'tabular' } },
    { name: 'a summary without groups', result: { ...byStage, columns: byStage.columns.slice(1), rows: [[4, 42500.5]] } },
    { name: 'no rows', result: { ...byStage, rows: [] } },
  ])('$name', ({ result }) => {
    expect(reportChartOption(result as ReportResult, [], palette)).toBeNull();
  });
});
