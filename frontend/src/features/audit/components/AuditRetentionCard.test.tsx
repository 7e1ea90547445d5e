import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseSavePath } from '@/lib/saveDialog';
import {
  archiveAudit,
  auditArchivePreview,
  auditArchives,
  auditRetention,
  setAuditRetention,
  type AuditArchivePreview,
  type AuditArchiveResult,
  type AuditRetention,
} from '../api/archiveApi';
import { renderAudit } from '../test/renderAudit';
import { AuditRetentionCard } from './AuditRetentionCard';

vi.mock('../api/archiveApi', () => ({
  auditRetention: vi.fn(),
  setAuditRetention: vi.fn(),
  auditArchivePreview: vi.fn(),
  archiveAudit: vi.fn(),
  auditArchives: vi.fn(),
}));
vi.mock('@/lib/saveDialog', () => ({ chooseSavePath: vi.fn(), fileStamp: () => 'stamp' }));
const bridge = vi.hoisted(() => ({ Cancel: vi.fn(), emit: (_payload: unknown) => {} }));
vi.mock('../../../../wailsjs/go/service/AuditService', () => ({ Cancel: bridge.Cancel }));
vi.mock('../../../../wailsjs/runtime/runtime', () => ({
  EventsOn: (_name: string, callback: (payload: unknown) => void) => {
    bridge.emit = callback;
    return () => {};
  },
}));

const KEY = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
const ADMIN = ['audit.view', 'settings.manage', 'data.export'];
const retention = (patch: Partial<AuditRetention> = {}) => ({ keepDays: 90, cutoff: '2026-01-01', due: 1200, ...patch }) as AuditRetention;
const preview = (patch: Partial<AuditArchivePreview> = {}) =>
  ({
    before: '2026-01-01', cutoff: '2026-01-01', entries: 1200, firstSeq: 1, lastSeq: 1200,
    oldestAt: '2025-01-01T00:00:00.000Z', newestAt: '2025-12-31T00:00:00.000Z', live: 5000, blocked: '', ...patch,
  }) as AuditArchivePreview;

describe('AuditRetentionCard', () => {
  beforeEach(() => {
    vi.mocked(auditRetention).mockReset().mockResolvedValue(retention());
    vi.mocked(auditArchives).mockReset().mockResolvedValue([]);
    vi.mocked(auditArchivePreview).mockReset().mockResolvedValue(preview());
    vi.mocked(archiveAudit).mockReset();
    vi.mocked(setAuditRetention).mockReset();
    vi.mocked(chooseSavePath).mockReset();
    bridge.Cancel.mockReset();
  });

  it('sums up the policy while collapsed', async () => {
    renderAudit(<AuditRetentionCard />, { permissions: ADMIN });
    expect(await screen.findByText('Keep 90 days')).toBeInTheDocument();
    expect(screen.getByText(/1,200 entries are older than 2026-01-01 · nothing archived yet/)).toBeInTheDocument();
  });

  it('archives to a key: confirm, save dialog, progress, then the result', async () => {
    const user = userEvent.setup();
    vi.mocked(chooseSavePath).mockResolvedValue('/home/ana/audit.age');
    let finish!: (r: AuditArchiveResult) => void;
    vi.mocked(archiveAudit).mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    renderAudit(<AuditRetentionCard />, { permissions: ADMIN });
    await user.click(await screen.findByRole('button', { name: 'Manage' }));
    await waitFor(() => expect(screen.getByTestId('archive-preview')).toHaveTextContent('1,200 entries (#1–#1,200'));
    await user.click(await screen.findByRole('button', { name: 'Archive 1,200 entries…' }));
    expect(await screen.findByText('Add at least one age public key (age1…).')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/age public keys/), KEY);
    await user.click(screen.getByRole('button', { name: 'Archive 1,200 entries…' }));
    await user.click(await screen.findByRole('button', { name: 'Choose the file and archive' }));
    await waitFor(() => expect(archiveAudit).toHaveBeenCalled());
    expect(chooseSavePath).toHaveBeenCalledWith('Save the audit archive', 'audit-archive-before-2026-01-01.age', [expect.objectContaining({ pattern: '*.age' })]);
    expect(archiveAudit).toHaveBeenCalledWith({ before: '2026-01-01', upToSeq: 0, recipients: [KEY], passphrase: '', path: '/home/ana/audit.age' });
    act(() => bridge.emit({ job: 'audit.archive', done: 600, total: 1201 }));
    expect(await screen.findByRole('progressbar', { name: 'Archive progress' })).toBeInTheDocument();
    act(() => finish({ path: '/home/ana/audit.age', entries: 1200, firstSeq: 1, lastSeq: 1200, fileSha256: 'ab'.repeat(32), anchorHash: 'cd'.repeat(32), archivedAt: '' } as AuditArchiveResult));
    const result = await screen.findByTestId('archive-result');
    expect(result).toHaveTextContent('1,200 entries (#1–#1,200) left the live log');
    expect(result).toHaveTextContent('ab'.repeat(32));
    expect(result).toHaveTextContent('fieldvault audit verify-archive /home/ana/audit.age --identity KEYFILE --pubkey KEY');
  });

  it('cancels a running archive', async () => {
    const user = userEvent.setup();
    vi.mocked(chooseSavePath).mockResolvedValue('/tmp/a.age');
    let fail!: (e: unknown) => void;
    vi.mocked(archiveAudit).mockImplementation(() => new Promise((_resolve, reject) => (fail = reject)));
    bridge.Cancel.mockResolvedValue(undefined);
    renderAudit(<AuditRetentionCard />, { permissions: ADMIN });
    await user.click(await screen.findByRole('button', { name: 'Manage' }));
    await user.click(await screen.findByRole('radio', { name: 'Encrypt with a passphrase' }));
    await user.type(screen.getByLabelText('Passphrase'), 'a long passphrase');
    await user.type(screen.getByLabelText('Repeat the passphrase'), 'a long passphrase');
    await user.click(await screen.findByRole('button', { name: 'Archive 1,200 entries…' }));
    await user.click(await screen.findByRole('button', { name: 'Choose the file and archive' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(bridge.Cancel).toHaveBeenCalledWith('audit.archive');
    expect(archiveAudit).toHaveBeenCalledWith(expect.objectContaining({ recipients: [], passphrase: 'a long passphrase' }));
    act(() => fail(new Error('Cancelled.')));
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(screen.queryByTestId('archive-result')).not.toBeInTheDocument();
  });

  it('explains what blocks an archive, and hides the controls without the permissions', async () => {
    const user = userEvent.setup();
    vi.mocked(auditRetention).mockResolvedValue(retention({ keepDays: 0, cutoff: '', due: 0 }));
    renderAudit(<AuditRetentionCard />, { permissions: ['audit.view'] });
    await user.click(await screen.findByRole('button', { name: 'Details' }));
    expect(await screen.findByText(/needs the “Manage settings” and “Export data” permissions/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Archive/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Keep entries in the live log')).not.toBeInTheDocument();
  });

  it('saves a retention change', async () => {
    const user = userEvent.setup();
    vi.mocked(setAuditRetention).mockResolvedValue(retention({ keepDays: 365 }));
    renderAudit(<AuditRetentionCard />, { permissions: ADMIN });
    await user.click(await screen.findByRole('button', { name: 'Manage' }));
    await user.click(await screen.findByRole('combobox', { name: 'Keep entries in the live log' }));
    await user.click(await screen.findByRole('option', { name: '1 year', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(setAuditRetention).toHaveBeenCalledWith(365));
  });
});
