import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderIntegrations } from '../test/renderIntegrations';
import type { IntegrationRun } from '../types/integrationTypes';
import { RunsTable } from './RunsTable';

const run = (patch: Partial<IntegrationRun>): IntegrationRun => ({
  id: 'r1', kind: 'import', name: 'Import Contacts from people.csv', principalId: 'u1', principalName: 'ana.admin', source: '/tmp/people.csv',
  target: 'contacts', startedAt: '2026-11-30T12:00:00Z', seq: 1, finishedAt: '2026-11-30T12:00:04Z', durationMs: 4200,
  counts: { rows: 5, new: 3, duplicates: 1, invalid: 1 }, warnings: 1, errors: 1, outcome: 'warnings', message: '', retryable: false, retryOf: '',
  ...patch,
});

describe('RunsTable', () => {
  it('shows a run’s counts, duration and outcome, and Retry only on a retryable failure the user may retry', async () => {
    const onRetry = vi.fn();
    const failed = run({ id: 'r2', outcome: 'failed', retryable: true, message: 'The file cannot be found.' });
    const report = run({ id: 'r3', kind: 'report', name: 'Report Pipeline', outcome: 'failed', retryable: true });
    renderIntegrations(<RunsTable runs={[run({}), failed, report]} mayRetry={(kind) => kind === 'import'} onRetry={onRetry} />);
    const rows = screen.getAllByTestId('integration-run-row');
    expect(within(rows[0]).getByTestId('run-counts')).toHaveTextContent('5 rows · 3 new · 1 duplicate · 1 invalid');
    expect(within(rows[0]).getByTestId('run-duration')).toHaveTextContent('took 4.2 s');
    expect(within(rows[0]).getByText('people.csv → contacts')).toBeInTheDocument();
    expect(within(rows[0]).getByTestId('run-outcome')).toHaveTextContent('Warnings');
    expect(within(rows[0]).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(within(rows[1]).getByText('The file cannot be found.')).toBeInTheDocument();
    expect(within(rows[2]).queryByRole('button', { name: 'Retry' })).toBeNull();
    await userEvent.click(within(rows[1]).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledWith(failed);
  });
});
