import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { auditStatus, verifyAudit, type AuditStatus } from '../api/auditApi';
import { renderAudit } from '../test/renderAudit';
import { AuditIntegrityCard } from './AuditIntegrityCard';

vi.mock('../api/auditApi', () => ({ auditStatus: vi.fn(), verifyAudit: vi.fn() }));
// The bridge: Cancel, and the progress events (captured so the test can emit them).
const bridge = vi.hoisted(() => ({ Cancel: vi.fn(), emit: (_payload: unknown) => {} }));
vi.mock('../../../../wailsjs/go/service/AuditService', () => ({ Cancel: bridge.Cancel }));
vi.mock('../../../../wailsjs/runtime/runtime', () => ({
  EventsOn: (_name: string, callback: (payload: unknown) => void) => {
    bridge.emit = callback;
    return () => {};
  },
}));
const Cancel = bridge.Cancel;
const emit = (payload: unknown) => bridge.emit(payload);

const status = (patch: Partial<AuditStatus> = {}) =>
  ({ entries: 1200, verifiedUpTo: 0, lastCheckpointAt: '', ok: true, problem: '', ...patch }) as AuditStatus;

describe('AuditIntegrityCard', () => {
  beforeEach(() => {
    vi.mocked(auditStatus).mockReset();
    vi.mocked(verifyAudit).mockReset();
    Cancel.mockReset();
  });

  it('shows a verified log as intact without checking again', async () => {
    vi.mocked(auditStatus).mockResolvedValue(status({ verifiedUpTo: 1190 }));
    renderAudit(<AuditIntegrityCard />);
    expect(await screen.findByText('Intact')).toBeInTheDocument();
    expect(screen.getByText(/verified up to entry #1,190/)).toBeInTheDocument();
    expect(verifyAudit).not.toHaveBeenCalled();
  });

  it('verifies once by itself when nothing was verified, with progress, then shows the result', async () => {
    vi.mocked(auditStatus).mockResolvedValue(status());
    let finish!: (s: AuditStatus) => void;
    vi.mocked(verifyAudit).mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    renderAudit(<AuditIntegrityCard />);
    expect(await screen.findByText('Verifying…')).toBeInTheDocument();
    act(() => emit({ job: 'audit.verify', done: 300, total: 1200 }));
    expect(await screen.findByText('300 of 1,200 entries (25%)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Verification progress' })).toBeInTheDocument();
    act(() => finish(status({ verifiedUpTo: 1200 })));
    expect(await screen.findByText('Intact')).toBeInTheDocument();
    expect(screen.getByTestId('verify-result')).toHaveTextContent('Checked 1,200 entries');
    expect(verifyAudit).toHaveBeenCalledTimes(1);
  });

  it('Cancel stops the check; its rejection is not shown as an error', async () => {
    vi.mocked(auditStatus).mockResolvedValue(status({ verifiedUpTo: 10 }));
    let fail!: (e: unknown) => void;
    vi.mocked(verifyAudit).mockImplementation(() => new Promise((_, reject) => (fail = reject)));
    Cancel.mockResolvedValue(undefined);
    renderAudit(<AuditIntegrityCard />);
    await userEvent.click(await screen.findByRole('button', { name: 'Verify now' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(Cancel).toHaveBeenCalledWith('audit.verify');
    act(() => fail({ code: 'cancelled', message: 'context canceled' }));
    expect(await screen.findByRole('button', { name: 'Verify now' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('The check could not run')).toBeNull());
    expect(screen.getByText('Intact')).toBeInTheDocument();
  });

  it('shows a broken chain and where it broke', async () => {
    vi.mocked(auditStatus).mockResolvedValue(status({ ok: false, verifiedUpTo: 41, problem: 'entry 42: hash does not match' }));
    renderAudit(<AuditIntegrityCard />);
    expect(await screen.findByText('Broken')).toBeInTheDocument();
    expect(screen.getByText(/entry 42: hash does not match/)).toBeInTheDocument();
  });
});
