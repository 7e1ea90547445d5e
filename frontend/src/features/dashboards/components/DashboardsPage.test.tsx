import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchDashboardData, getDashboard, listDashboards, listTeams, saveDashboard } from '../api/dashboardsApi';
import type { Dashboard, DashboardData } from '../types/dashboardTypes';
import { renderDashboards } from '../test/renderDashboards';
import { DashboardsPage } from './DashboardsPage';

vi.mock('../api/dashboardsApi', () => ({
  DASHBOARD_EXPORT_JOB: 'dashboard.export',
  listDashboards: vi.fn(),
  getDashboard: vi.fn(),
  fetchDashboardData: vi.fn(),
  listTeams: vi.fn(),
  saveDashboard: vi.fn(),
  deleteDashboard: vi.fn(),
  listTargets: vi.fn(async () => []),
  listReportChoices: vi.fn(async () => []),
  fetchCatalog: vi.fn(async () => []),
  drillDown: vi.fn(),
  exportDashboard: vi.fn(),
  cancelDashboardExport: vi.fn(),
  saveTarget: vi.fn(),
  deleteTarget: vi.fn(),
}));
const events = vi.hoisted(() => ({ handlers: new Map<string, (payload: unknown) => void>() }));
vi.mock('../../../../wailsjs/runtime/runtime', () => ({
  EventsOn: (name: string, callback: (payload: unknown) => void) => {
    events.handlers.set(name, callback);
    return () => events.handlers.delete(name);
  },
}));

const dashboard: Dashboard = {
  id: 'default:administrator',
  name: 'Administrator dashboard',
  sharing: 'everyone',
  mine: false,
  virtual: true,
  isDefault: true,
  editable: false,
  filters: {},
  widgets: [
    { id: 'open-deals', type: 'kpi', title: 'Open deals', report: 'builtin:pipeline-by-stage', x: 0, y: 0, w: 3, h: 2, options: {} },
    { id: 'revenue', type: 'table', title: 'Revenue by product', report: 'builtin:revenue-by-product', x: 3, y: 0, w: 9, h: 2, options: {} },
  ],
};
const data = (openDeals: number): DashboardData => ({
  id: dashboard.id,
  name: dashboard.name,
  filters: {},
  at: '2026-05-12T10:00:00Z',
  widgets: [
    { id: 'open-deals', type: 'kpi', title: 'Open deals', kpi: { value: openDeals, kind: 'number', percent: null } },
    { id: 'revenue', type: 'table', title: 'Revenue by product', error: { code: 'invalid', message: 'This report uses Amount, a confidential field you may not see.' } },
  ],
});

beforeEach(() => {
  vi.mocked(listDashboards).mockResolvedValue([{ ...dashboard, widgets: 2 }]);
  vi.mocked(getDashboard).mockResolvedValue(dashboard);
  vi.mocked(listTeams).mockResolvedValue([{ id: 't1', name: 'North' }]);
  vi.mocked(fetchDashboardData).mockReset();
});

describe('DashboardsPage', () => {
  it('shows each widget, a withheld one with its reason, and refetches when records change', async () => {
    vi.mocked(fetchDashboardData).mockResolvedValueOnce(data(3)).mockResolvedValueOnce(data(4));
    renderDashboards(<DashboardsPage />);
    const kpi = await screen.findByRole('region', { name: 'Open deals' });
    await waitFor(() => expect(within(kpi).getByTestId('kpi-value')).toHaveTextContent('3'));
    const withheld = screen.getByRole('region', { name: 'Revenue by product' });
    expect(within(withheld).getByText('Not available to you')).toBeInTheDocument();
    expect(within(withheld).getByText(/confidential field you may not see/)).toBeInTheDocument();
    expect(fetchDashboardData).toHaveBeenCalledWith('', {});

    act(() => events.handlers.get('records:changed')?.({ entities: ['deals'] }));
    await waitFor(() => expect(within(kpi).getByTestId('kpi-value')).toHaveTextContent('4'));
    expect(fetchDashboardData).toHaveBeenCalledTimes(2);
  });

  it('hides what the viewer may not do', async () => {
    vi.mocked(fetchDashboardData).mockResolvedValue(data(3));
    renderDashboards(<DashboardsPage />);
    await screen.findByRole('region', { name: 'Open deals' });
    expect(screen.queryByRole('button', { name: 'Edit layout' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Targets' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Scheduled reports' })).not.toBeInTheDocument();
  });

  it('saves an edited computed default as a copy and marks the widget the backend refused', async () => {
    vi.mocked(fetchDashboardData).mockResolvedValue(data(3));
    const { AppError } = await import('@/lib/appError');
    vi.mocked(saveDashboard).mockRejectedValueOnce(
      new AppError('invalid', 'The report uses Amount, a confidential field.', { 'widgets[1].report': 'The report uses Amount, a confidential field.' }),
    );
    const user = userEvent.setup();
    renderDashboards(<DashboardsPage />, { permissions: ['dashboards.view', 'dashboards.manage', 'reports.view', 'data.export'] });
    await user.click(await screen.findByRole('button', { name: 'Edit layout' }));
    await user.click(screen.getByRole('button', { name: 'Make “Open deals” wider' }));
    await user.click(screen.getByRole('button', { name: 'Save…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save as your own dashboard' });
    expect(within(dialog).getByLabelText(/^Name/)).toHaveValue('Administrator dashboard (copy)');
    await user.click(within(dialog).getByRole('button', { name: 'Save dashboard' }));
    await within(dialog).findByText('The dashboard was not saved');
    const sent = vi.mocked(saveDashboard).mock.calls[0][0];
    expect(sent.id).toBeUndefined();
    // wider, the KPI pushes the 9-column table to the next free row
    expect(sent.widgets.map((w) => [w.id, w.x, w.y, w.w, w.h])).toEqual([['open-deals', 0, 0, 4, 2], ['revenue', 0, 2, 9, 2]]);
    expect(within(dialog).getByText(/“Revenue by product”: The report uses Amount/)).toBeInTheDocument();
  });
});
