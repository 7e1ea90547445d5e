import { describe, expect, it } from 'vitest';
import type { ReportResult } from '../types/dashboardTypes';
import { TEST_PALETTE } from './chartPalette';
import { clickedGroupValues, isChartType, widgetChartOption, type ChartDatum } from './widgetChartOption';

type AnySeries = { type: string; name: string; data: ChartDatum[]; stack?: string; yAxisIndex?: number; areaStyle?: unknown; sort?: string; radius?: unknown };
const seriesOf = (option: ReturnType<typeof widgetChartOption>) => (option?.series ?? []) as unknown as AnySeries[];

const pipeline: ReportResult = {
  format: 'summary',
  entity: 'deals',
  columns: [
    { key: 'stage.name', label: 'Stage', kind: 'text', group: true },
    { key: 'deals', label: 'Open deals', kind: 'number', agg: 'count' },
    { key: 'amount', label: 'Amount', kind: 'money', agg: 'sum' },
  ],
  rows: [['Qualification', 2, 15000], ['Proposal', 1, 20000], [null, 1, null]],
  rowCount: 4,
  truncated: false,
};

const wonLost: ReportResult = {
  format: 'matrix',
  entity: 'deals',
  columns: [
    { key: 'closedAt', label: 'Closed on', kind: 'text', group: true },
    { key: 'outcome', label: 'Outcome', kind: 'text', group: true },
    { key: 'deals', label: 'Deals', kind: 'number', agg: 'count' },
  ],
  rows: [],
  matrix: { rowKeys: ['2026-04', '2026-05'], colKeys: ['lost', 'won'], cells: [[1, 2], [0, 3]], rowTotals: [3, 3], colTotals: [1, 5], total: 6 },
  rowCount: 6,
  truncated: false,
};

describe('widgetChartOption', () => {
  it('draws one bar series per aggregate over one group, each kind on its own axis', () => {
    const option = widgetChartOption('bar', pipeline, TEST_PALETTE);
    const series = seriesOf(option);
    expect(series.map((s) => [s.type, s.name, s.yAxisIndex])).toEqual([['bar', 'Open deals', 0], ['bar', 'Amount', 1]]);
    expect(series[0].data).toEqual([
      { value: 2, groupValues: ['Qualification'] },
      { value: 1, groupValues: ['Proposal'] },
      { value: 1, groupValues: [null] },
    ]);
    expect((option?.xAxis as { data: string[] }).data).toEqual(['Qualification', 'Proposal', '(empty)']);
    expect(option?.yAxis).toHaveLength(2);
    expect((option?.legend as { show: boolean }).show).toBe(true);
  });

  it('draws a percent among counts as a line', () => {
    const withRate: ReportResult = { ...pipeline, columns: [...pipeline.columns.slice(0, 2), { key: 'winRate', label: 'Win rate', kind: 'percent', agg: 'percent' }], rows: [['A', 4, 50]] };
    expect(seriesOf(widgetChartOption('bar', withRate, TEST_PALETTE)).map((s) => s.type)).toEqual(['bar', 'line']);
  });

  it('draws lines and areas', () => {
    expect(seriesOf(widgetChartOption('line', pipeline, TEST_PALETTE))[0]).toMatchObject({ type: 'line' });
    const area = seriesOf(widgetChartOption('area', pipeline, TEST_PALETTE))[0];
    expect(area.type).toBe('line');
    expect(area.areaStyle).toBeDefined();
  });

  it('draws a matrix as one series per column key, stacked on request, drilling into both keys', () => {
    const stacked = seriesOf(widgetChartOption('bar', wonLost, TEST_PALETTE, true));
    expect(stacked.map((s) => s.name)).toEqual(['lost', 'won']);
    expect(stacked.every((s) => s.stack === 'total')).toBe(true);
    expect(stacked[1].data).toEqual([{ value: 2, groupValues: ['2026-04', 'won'] }, { value: 3, groupValues: ['2026-05', 'won'] }]);
    expect(seriesOf(widgetChartOption('bar', wonLost, TEST_PALETTE, false)).some((s) => s.stack)).toBe(false);
    const option = widgetChartOption('bar', wonLost, TEST_PALETTE);
    expect((option?.xAxis as { data: string[] }).data).toEqual(['Apr 2026', 'May 2026']);
    const onlyWon = widgetChartOption('bar', { ...wonLost, matrix: { ...wonLost.matrix!, colKeys: ['won'], cells: [[2], [3]] } }, TEST_PALETTE);
    expect((onlyWon?.legend as { show: boolean }).show).toBe(true); // the one series still says what it is
  });

  it('pivots a summary with two groups like a matrix', () => {
    const two: ReportResult = {
      ...wonLost,
      format: 'summary',
      matrix: undefined,
      rows: [['2026-W01', 'call', 2], ['2026-W01', 'email', 1], ['2026-W02', 'call', 4]],
    };
    const series = seriesOf(widgetChartOption('area', two, TEST_PALETTE, true));
    expect(series.map((s) => s.name)).toEqual(['call', 'email']);
    expect(series[1].data.map((d) => d.value)).toEqual([1, null]);
  });

  it('draws pie, donut and funnel slices of the first aggregate; the funnel keeps the pipeline order', () => {
    const pie = seriesOf(widgetChartOption('pie', pipeline, TEST_PALETTE))[0];
    expect(pie.type).toBe('pie');
    expect(pie.data).toEqual([
      { name: 'Qualification', value: 2, groupValues: ['Qualification'] },
      { name: 'Proposal', value: 1, groupValues: ['Proposal'] },
      { name: '(empty)', value: 1, groupValues: [null] },
    ]);
    expect((seriesOf(widgetChartOption('donut', pipeline, TEST_PALETTE))[0].radius as string[])[0]).not.toBe(0);
    const funnel = seriesOf(widgetChartOption('funnel', pipeline, TEST_PALETTE))[0];
    expect(funnel).toMatchObject({ type: 'funnel', sort: 'none' });
  });

  it('adds the previous period beside the first aggregate, not drillable', () => {
    const compared: ReportResult = { ...pipeline, previous: { ...pipeline, rows: [['Proposal', 5, 1]] } };
    const prev = seriesOf(widgetChartOption('bar', compared, TEST_PALETTE)).at(-1);
    expect(prev?.name).toBe('Open deals (previous period)');
    expect(prev?.data.map((d) => d.value)).toEqual([null, 5, null]);
    expect(prev?.data.every((d) => d.groupValues === undefined)).toBe(true);
  });

  it('has nothing to draw without rows, groups or a chart type', () => {
    expect(widgetChartOption('bar', { ...pipeline, rows: [] }, TEST_PALETTE)).toBeNull();
    expect(widgetChartOption('bar', { ...pipeline, columns: pipeline.columns.filter((c) => !c.group) }, TEST_PALETTE)).toBeNull();
    expect(widgetChartOption('table', pipeline, TEST_PALETTE)).toBeNull();
    expect(isChartType('kpi')).toBe(false);
    expect(isChartType('donut')).toBe(true);
  });

  it('reads the group values of a click', () => {
    expect(clickedGroupValues({ data: { value: 1, groupValues: ['a', 'b'] } })).toEqual(['a', 'b']);
    expect(clickedGroupValues({ data: { value: 1 } })).toBeNull();
    expect(clickedGroupValues({})).toBeNull();
  });
});
