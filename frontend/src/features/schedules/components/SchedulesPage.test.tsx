import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listSchedules, runScheduleNow } from '../api/schedulesApi';
import { renderSchedules } from '../test/renderSchedules';
import type { ReportSchedule } from '../types/scheduleTypes';
import { ScheduleReportButton } from './ScheduleReportButton';
import { SchedulesListener } from './SchedulesListener';
import { SchedulesPage } from './SchedulesPage';

vi.mock('../api/schedulesApi', () => ({
  listSchedules: vi.fn(),
  saveSchedule: vi.fn(),
  deleteSchedule: vi.fn(),
  listRuns: vi.fn(async () => []),
  runScheduleNow: vi.fn(),
  listSchedulableReports: vi.fn(async () => []),
}));
const events = vi.hoisted(() => ({ handlers: new Map<string, (payload: unknown) => void>() }));
vi.mock('../../../../wailsjs/runtime/runtime', () => ({
  EventsOn: (name: string, callback: (payload: unknown) => void) => {
    events.handlers.set(name, callback);
    return () => events.handlers.delete(name);
  },
}));

const base: ReportSchedule = {
  id: 's1', reportId: 'r1', reportName: 'Pipeline', frequency: 'weekly', weekday: 1, dayOfMonth: 0, time: '08:00', timeZone: 'UTC',
  folder: '/srv/reports', filePattern: '{report} {date}', enabled: true, nextRunAt: '2099-01-05T08:00:00Z', createdAt: '', updatedAt: '',
};
const failed: ReportSchedule = {
  ...base, id: 's2', reportId: 'r2', reportName: 'Leads', lastRun: { id: 'x', scheduleId: 's2', reportId: 'r2', dueAt: '', startedAt: '2026-05-01T08:00:00Z', finishedAt: '2026-05-01T08:00:01Z', status: 'failed', rows: 0, file: '', error: 'The folder /srv/gone no longer exists.', caughtUp: false, manual: false },
};
const ALL = ['reports.view', 'reports.manage', 'data.export'];

beforeEach(() => {
  vi.mocked(listSchedules).mockResolvedValue([base, failed]);
});

describe('SchedulesPage', () => {
  it('lists the schedules with when they run and how the last run went', async () => {
    renderSchedules(<SchedulesPage />, { permissions: ALL });
    const rows = await screen.findAllByTestId('schedule-row');
    expect(within(rows[0]).getByText('Every Monday at 08:00')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Not run yet')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Failed')).toBeInTheDocument();
    expect(within(rows[1]).getByTestId('last-run-error')).toHaveTextContent('The folder /srv/gone no longer exists.');
    expect(screen.getByRole('button', { name: 'New schedule' })).toBeInTheDocument();
  });

  it('runs one now and reports the file', async () => {
    vi.mocked(runScheduleNow).mockResolvedValue({ ...failed.lastRun!, status: 'ok', rows: 12, file: '/srv/reports/Pipeline.xlsx', error: '' });
    const user = userEvent.setup();
    renderSchedules(<SchedulesPage />, { permissions: ALL });
    const [row] = await screen.findAllByTestId('schedule-row');
    await user.click(within(row).getByRole('button', { name: 'Run now' }));
    expect(await screen.findByText('12 rows saved to /srv/reports/Pipeline.xlsx.')).toBeInTheDocument();
    expect(runScheduleNow).toHaveBeenCalledWith('s1');
  });

  it('offers no New schedule nor Run now without the permissions', async () => {
    renderSchedules(<SchedulesPage />, { permissions: ['reports.view'] });
    await screen.findAllByTestId('schedule-row');
    expect(screen.queryByRole('button', { name: 'New schedule' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Run now' })).not.toBeInTheDocument();
  });
});

describe('SchedulesListener', () => {
  it('shows a red notification for a failed run and refreshes the list', async () => {
    const { client } = renderSchedules(<SchedulesListener />);
    const refresh = vi.spyOn(client, 'invalidateQueries');
    act(() => events.handlers.get('schedules:failed')?.({ scheduleId: 's2', reportName: 'Leads', error: 'The folder is gone.' }));
    expect(await screen.findByText('Scheduled report failed: Leads')).toBeInTheDocument();
    expect(screen.getByText('The folder is gone.')).toBeInTheDocument();
    expect(refresh).toHaveBeenCalledWith({ queryKey: ['schedules'] });
    act(() => events.handlers.get('schedules:changed')?.(undefined));
    await waitFor(() => expect(refresh).toHaveBeenCalledTimes(2));
  });
});

describe('ScheduleReportButton', () => {
  it('is hidden without reports.manage and data.export, and disabled for a built-in report', async () => {
    const { unmount } = renderSchedules(<ScheduleReportButton reportId="r1" reportName="Pipeline" />, { permissions: ['reports.view', 'reports.manage'] });
    expect(screen.queryByRole('button', { name: /Schedule/ })).not.toBeInTheDocument();
    unmount();
    renderSchedules(<ScheduleReportButton reportId="builtin:pipeline-by-stage" reportName="Pipeline by stage" />, { permissions: ALL });
    expect(screen.getByRole('button', { name: /Schedule/ })).toBeDisabled();
  });

  it("opens the report's schedules with their count", async () => {
    const user = userEvent.setup();
    renderSchedules(<ScheduleReportButton reportId="r1" reportName="Pipeline" />, { permissions: ALL });
    const button = screen.getByRole('button', { name: /Schedule/ });
    await waitFor(() => expect(button).toHaveTextContent('1'));
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Schedule “Pipeline”' });
    expect(within(dialog).getByText('Every Monday at 08:00')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add another schedule' }));
    expect(await within(dialog).findByTestId('next-run-preview')).toHaveTextContent(/^Every Monday at 08:00/);
  });
});
