import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/appError';
import { chooseSavePath } from '@/lib/saveDialog';
import { backUpWorkspace, checkRecipients } from '../api/backupsApi';
import { LAST_RECIPIENTS_KEY } from '../types/lastRecipients';
import { BackupsPanel } from './BackupsPanel';

vi.mock('../api/backupsApi', () => ({
  BACKUP_JOB: 'workspace.backup',
  checkRecipients: vi.fn(),
  backUpWorkspace: vi.fn(),
  cancelBackup: vi.fn(),
}));
vi.mock('@/lib/saveDialog', () => ({ chooseSavePath: vi.fn() }));

const AGE_A = 'age1asjl8hr4whl8jx7fkjejmkrlg04kzh74kfm037npu57cqmwqm5xsw9du55';
const SSH_ED = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFIcBuiTpb+drORfcIn6GnvOvLav9gkN9NQsm1zb799F backup@vault';
const SHA = 'a'.repeat(64);

function renderPanel() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <BackupsPanel workspaceName="Acme Field Sales" />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

const keysBox = () => screen.getByRole('textbox', { name: /^Public keys/ });

describe('BackupsPanel', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    localStorage.clear();
  });

  it('checks the keys and shows what they are', async () => {
    vi.mocked(checkRecipients).mockResolvedValue([
      { type: 'age', fingerprint: AGE_A, comment: '' },
      { type: 'ssh-ed25519', fingerprint: 'SHA256:9p0dZ1NniM3rYtJQeh3a', comment: 'backup@vault' },
    ] as never);
    const user = userEvent.setup();
    renderPanel();
    fireEvent.change(keysBox(), { target: { value: `${AGE_A}\n${SSH_ED}` } });
    await user.click(screen.getByRole('button', { name: 'Check keys' }));
    const chips = await screen.findByTestId('checked-recipients');
    expect(checkRecipients).toHaveBeenCalledWith([AGE_A, SSH_ED]);
    expect(chips).toHaveTextContent('age · age1asjl8hr4…w9du55');
    expect(chips).toHaveTextContent('SSH Ed25519 · SHA256:9p0dZ1NniM3rYtJQeh3a (backup@vault)');
  });

  it('refuses a secret key before asking the backend, without echoing it', async () => {
    const user = userEvent.setup();
    renderPanel();
    fireEvent.change(keysBox(), { target: { value: `AGE-SECRET-KEY-1${'Q'.repeat(58)}` } });
    await user.click(screen.getByRole('button', { name: 'Check keys' }));
    expect(await screen.findByText(/Line 1 is a secret key/)).toBeInTheDocument();
    expect(checkRecipients).not.toHaveBeenCalled();
  });

  it('shows the backend field error at the keys', async () => {
    vi.mocked(checkRecipients).mockRejectedValue(new AppError('invalid', 'bad', { recipients: 'Recipient 1 is not a valid age key.' }));
    const user = userEvent.setup();
    renderPanel();
    fireEvent.change(keysBox(), { target: { value: AGE_A } });
    await user.click(screen.getByRole('button', { name: 'Check keys' }));
    expect(await screen.findByText('Recipient 1 is not a valid age key.')).toBeInTheDocument();
  });

  it('backs up to the chosen file, shows the result card and remembers the public keys', async () => {
    vi.mocked(chooseSavePath).mockResolvedValue('/home/ana/Acme-Field-Sales-2026-05-01.age');
    vi.mocked(backUpWorkspace).mockResolvedValue({
      path: '/home/ana/Acme-Field-Sales-2026-05-01.age',
      bytes: 12_912_640,
      sha256: SHA,
      createdAt: '2026-05-01T09:30:00Z',
      records: 1234,
      auditSeq: 5678,
      recipients: [{ type: 'age', fingerprint: AGE_A, comment: '' }],
    } as never);
    const user = userEvent.setup();
    renderPanel();
    fireEvent.change(keysBox(), { target: { value: `# the safe\n${AGE_A}` } });
    await user.click(screen.getByRole('button', { name: 'Back up…' }));

    const card = await screen.findByTestId('backup-result');
    expect(chooseSavePath).toHaveBeenCalledWith('Save the backup', expect.stringMatching(/^Acme-Field-Sales-\d{4}-\d{2}-\d{2}-\d{4}\.age$/), [
      { displayName: 'Encrypted backup (*.age)', pattern: '*.age' },
    ]);
    expect(backUpWorkspace).toHaveBeenCalledWith({ path: '/home/ana/Acme-Field-Sales-2026-05-01.age', recipients: [AGE_A], passphrase: '' });
    expect(card).toHaveTextContent('12.3 MB');
    expect(card).toHaveTextContent('12,912,640 bytes');
    expect(card).toHaveTextContent(SHA);
    expect(card).toHaveTextContent('1,234');
    expect(card).toHaveTextContent('Up to entry #5,678');
    expect(within(card).getByRole('button', { name: 'Copy sha-256' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(LAST_RECIPIENTS_KEY) ?? '[]')).toEqual([AGE_A]);
  });

  it('with a passphrase: sends no keys and stores nothing', async () => {
    vi.mocked(chooseSavePath).mockResolvedValue('/tmp/b.age');
    vi.mocked(backUpWorkspace).mockResolvedValue({ path: '/tmp/b.age', bytes: 10, sha256: SHA, createdAt: '', records: 0, auditSeq: 1, recipients: [{ type: 'passphrase', fingerprint: '', comment: '' }] } as never);
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByText('Encrypt to a passphrase'));
    await user.type(screen.getByLabelText(/^Backup passphrase/), 'correct horse battery');
    await user.type(screen.getByLabelText(/^Confirm the passphrase/), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Back up…' }));
    await screen.findByTestId('backup-result');
    expect(backUpWorkspace).toHaveBeenCalledWith({ path: '/tmp/b.age', recipients: [], passphrase: 'correct horse battery' });
    expect(localStorage.getItem(LAST_RECIPIENTS_KEY)).toBeNull();
  });

  it('starts nothing when the save dialog is closed', async () => {
    vi.mocked(chooseSavePath).mockResolvedValue(null);
    const user = userEvent.setup();
    renderPanel();
    fireEvent.change(keysBox(), { target: { value: AGE_A } });
    await user.click(screen.getByRole('button', { name: 'Back up…' }));
    await vi.waitFor(() => expect(chooseSavePath).toHaveBeenCalled());
    expect(backUpWorkspace).not.toHaveBeenCalled();
  });

  it('fills the keys box with the last public keys', () => {
    localStorage.setItem(LAST_RECIPIENTS_KEY, JSON.stringify([AGE_A, SSH_ED]));
    renderPanel();
    expect(keysBox()).toHaveValue(`${AGE_A}\n${SSH_ED}`);
  });
});
