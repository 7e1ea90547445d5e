import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderReports } from '../test/renderReports';
import type { ReportResult } from '../types/reportTypes';
import { SummaryTable } from './SummaryTable';

const result: ReportResult = {
  format: 'summary',
  entity: 'deals',
  columns: [
    { key: 'closedAt', label: 'Closed on', kind: 'text', group: true },
    { key: 'outcome', label: 'Outcome', kind: 'text', group: true },
    { key: 'count', label: 'Count', kind: 'number', agg: 'count' },
    { key: 'sum:amount', label: 'Sum of amount', kind: 'money', agg: 'sum' },
  ],
  rows: [
    ['2026-Q1', 'won', 2, 3000],
    ['2026-Q1', null, 1, 500],
  ],
  subtotals: [{ key: '2026-Q1', values: [3, 3500], count: 3 }],
  total: [3, 3500],
  rowCount: 3,
  truncated: false,
};
const groups = [{ field: 'closedAt', bucket: 'quarter' }, { field: 'outcome' }];

describe('SummaryTable', () => {
  it('shows each group with its subtotal, its rows and the grand total, formatted by kind', () => {
    renderReports(<SummaryTable result={result} groups={groups} />);
    const group = screen.getByTestId('summary-group');
    expect(within(group).getByText('Q1 2026')).toBeInTheDocument();
    expect(within(group).getByText('3,500.00')).toBeInTheDocument();
    expect(screen.getAllByTestId('summary-row').map((r) => r.textContent)).toEqual(['won23,000.00', '(empty)1500.00']);
    expect(within(screen.getByTestId('summary-total')).getByText('Total')).toBeInTheDocument();
  });

  it('drills into a row, a subtotal or the total', () => {
    const onDrill = vi.fn();
    renderReports(<SummaryTable result={result} groups={groups} onDrill={onDrill} />);
    fireEvent.click(screen.getAllByTestId('summary-row')[1]);
    fireEvent.click(screen.getByTestId('summary-group'));
    fireEvent.keyDown(screen.getByTestId('summary-total'), { key: 'Enter' });
    expect(onDrill.mock.calls).toEqual([[['2026-Q1', null]], [['2026-Q1']], [[]]]);
  });
});
