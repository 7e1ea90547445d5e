import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderReports } from '../test/renderReports';
import type { ReportInfo } from '../types/reportTypes';
import { ReportListTable } from './ReportListTable';

const base: ReportInfo = {
  id: 'r1', name: 'Mine', description: 'My deals', builtin: false, sharing: 'team', mine: true,
  spec: { entity: 'deals', format: 'summary' }, runnable: true,
};
const reports: ReportInfo[] = [
  { ...base, id: 'builtin:x', name: 'Revenue by region', builtin: true, sharing: 'everyone', mine: false },
  base,
  { ...base, id: 'r2', name: 'Theirs', mine: false, ownerId: 'u2', runnable: false, problem: 'This field is confidential.' },
];

describe('ReportListTable', () => {
  it('says who owns each report, how it is shared and why one cannot run', () => {
    renderReports(<ReportListTable reports={reports} entityLabel={() => 'Deals'} owners={{ u2: 'Ben Ortiz' }} canManage={false} />);
    const rows = screen.getAllByTestId('report-row');
    expect(within(rows[0]).getByText('Built-in')).toBeInTheDocument();
    expect(within(rows[1]).getByText('You')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Team')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Ben Ortiz')).toBeInTheDocument();
    expect(within(rows[2]).getByTestId('report-problem')).toHaveTextContent('Cannot run: it uses confidential fields (such as deal amounts) that your role cannot see.');
    expect(within(rows[2]).queryByRole('link')).not.toBeInTheDocument();
    expect(within(rows[1]).getByRole('link', { name: 'Mine' })).toHaveAttribute('href', '/reports/r1');
  });

  it('offers editing only with reports.manage, and deleting only saved reports', async () => {
    renderReports(<ReportListTable reports={reports} entityLabel={() => 'Deals'} canManage={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Revenue by region' }));
    expect(await screen.findByRole('menuitem', { name: 'Run' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /edit/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Delete' })).not.toBeInTheDocument();
  });
});
