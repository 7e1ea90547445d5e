import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listRuns } from '../api/integrationsApi';
import { nextRunCursor } from '../hooks/useIntegrationRuns';
import { renderIntegrations } from '../test/renderIntegrations';
import type { IntegrationRun } from '../types/integrationTypes';
import { RUN_LIMIT } from '../types/runFilters';
import { IntegrationLogPage } from './IntegrationLogPage';

vi.mock('../api/integrationsApi', () => ({ listRuns: vi.fn(), retryRun: vi.fn(), cancelRetry: vi.fn(), saveRetryReport: vi.fn() }));

const run = (i: number): IntegrationRun => ({
  id: `r${i}`, kind: 'export', name: `Export ${i}`, principalId: 'u1', principalName: 'ana', source: 'contacts', target: `/tmp/e${i}.xlsx`,
  startedAt: `2026-11-${String(30 - Math.floor(i / 100)).padStart(2, '0')}T12:00:00.000Z`, seq: 1000 - i, finishedAt: '', durationMs: 10,
  counts: { rows: i }, warnings: 0, errors: 0, outcome: 'succeeded', message: '', retryable: false, retryOf: '',
});

describe('nextRunCursor', () => {
  it('continues after the last run of a full page, and stops after a short one', () => {
    const page = [run(1), run(2)];
    expect(nextRunCursor(page, 2)).toEqual({ startedAt: page[1].startedAt, seq: page[1].seq });
    expect(nextRunCursor(page, 3)).toBeUndefined();
    expect(nextRunCursor([], 3)).toBeUndefined();
  });
});

describe('IntegrationLogPage', () => {
  beforeEach(() => {
    // a full first page, then three older runs
    vi.mocked(listRuns).mockReset().mockImplementation(async (_f, after) =>
      after === null ? Array.from({ length: RUN_LIMIT }, (_, i) => run(i)) : [RUN_LIMIT, RUN_LIMIT + 1, RUN_LIMIT + 2].map(run),
    );
  });

  it('pages back from the last run shown until there are no older ones', async () => {
    renderIntegrations(<IntegrationLogPage />, { permissions: ['audit.view'] });
    expect(await screen.findByTestId('runs-shown')).toHaveTextContent(`${RUN_LIMIT} runs, newest first`);
    await userEvent.click(screen.getByRole('button', { name: 'Show older runs' }));
    await waitFor(() => expect(screen.getByTestId('runs-shown')).toHaveTextContent(`${RUN_LIMIT + 3} runs`));
    const last = run(RUN_LIMIT - 1);
    expect(listRuns).toHaveBeenLastCalledWith(expect.objectContaining({ limit: RUN_LIMIT }), { startedAt: last.startedAt, seq: last.seq });
    expect(screen.queryByRole('button', { name: 'Show older runs' })).toBeNull();
  });
});
