import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/appError';
import { chooseOpenPath } from '@/lib/openDialog';
import { workspaceStatusKey } from '@/lib/workspaceStatus';
import { restoreBackup } from '../api/restoreApi';
import { RestoreScreen } from './RestoreScreen';

vi.mock('../api/restoreApi', () => ({ restoreBackup: vi.fn(), cancelRestore: vi.fn(), RESTORE_JOB: 'workspace.restore' }));
vi.mock('../api/setupApi', () => ({ probeKeychain: vi.fn().mockResolvedValue({ available: false, message: 'no keychain here' }) }));
vi.mock('@/lib/openDialog', () => ({ chooseOpenPath: vi.fn() }));

const RESULT = {
  workspaceName: 'Acme Field Sales',
  createdAt: '2026-05-01T09:30:00Z',
  createdBy: 'ana.admin',
  counts: { contacts: 40, deals: 2, users: 3, audit_log: 321 },
  auditEntries: 321,
  integrity: 'ok',
};

function renderScreen() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const invalidate = vi.spyOn(client, 'invalidateQueries');
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <RestoreScreen onBack={() => {}} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { invalidate };
}

async function fillPassphraseAndSignIn(user: ReturnType<typeof userEvent.setup>) {
  vi.mocked(chooseOpenPath).mockResolvedValueOnce('/backups/Acme-2026-05-01.age');
  await user.click(screen.getByRole('button', { name: 'Choose backup…' }));
  await screen.findByText('/backups/Acme-2026-05-01.age');
  await user.click(screen.getByText('With its passphrase'));
  await user.type(screen.getByLabelText(/^Backup passphrase/), 'backup passphrase 2026');
  await user.type(screen.getByRole('textbox', { name: /^User name/ }), 'ana.admin');
  await user.type(screen.getByLabelText(/^Password/), 'admin password 2026');
}

describe('RestoreScreen', () => {
  beforeEach(() => vi.clearAllMocks());

  it('asks for the file, the way to open it and the way to unlock before restoring', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Choose the backup file (.age).')).toBeInTheDocument();
    expect(screen.getByText('Choose the key file that opens the backup.')).toBeInTheDocument();
    expect(screen.getByText('Enter the user name.')).toBeInTheDocument();
    expect(restoreBackup).not.toHaveBeenCalled();
  });

  it('restores with exactly the chosen ways, shows what was verified, and Continue re-reads the status', async () => {
    vi.mocked(restoreBackup).mockResolvedValue(RESULT as never);
    const user = userEvent.setup();
    const { invalidate } = renderScreen();
    await fillPassphraseAndSignIn(user);
    await user.click(screen.getByRole('button', { name: 'Restore' }));

    await screen.findByTestId('restore-summary');
    expect(restoreBackup).toHaveBeenCalledWith({
      path: '/backups/Acme-2026-05-01.age',
      identityPath: '',
      identityPassphrase: '',
      backupPassphrase: 'backup passphrase 2026',
      username: 'ana.admin',
      password: 'admin password 2026',
      passphrase: '',
      recoveryKey: '',
      keychain: false,
    });
    expect(screen.getByText('Acme Field Sales')).toBeInTheDocument();
    expect(screen.getByText('42')).toBeInTheDocument(); // records: contacts + deals
    expect(screen.getByText('321')).toBeInTheDocument();
    expect(screen.getByText(/by ana\.admin$/)).toBeInTheDocument();
    expect(invalidate).not.toHaveBeenCalled(); // the screen stays until Continue

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(invalidate).toHaveBeenCalledWith({ queryKey: workspaceStatusKey }));
  });

  it.each([
    [new AppError('unauthenticated', 'This backup is encrypted with a passphrase, and the one given does not open it.'), 'Wrong key, passphrase or password'],
    [new AppError('corrupt', 'The backup file is damaged or cut short.'), 'The backup is damaged or was altered'],
  ])('says in plain words why it failed: %s', async (error, title) => {
    vi.mocked(restoreBackup).mockRejectedValue(error);
    const user = userEvent.setup();
    renderScreen();
    await fillPassphraseAndSignIn(user);
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    const alert = await screen.findByTestId('restore-error');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(error.message);
  });

  it('puts a field error from the backend on its field', async () => {
    vi.mocked(restoreBackup).mockRejectedValue(new AppError('invalid', 'Choose the file with the Open button.', { path: 'not chosen in the Open dialog' }));
    const user = userEvent.setup();
    renderScreen();
    await fillPassphraseAndSignIn(user);
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('not chosen in the Open dialog')).toBeInTheDocument();
    expect(screen.queryByTestId('restore-error')).not.toBeInTheDocument();
  });

  it('offers the keychain only where it works', async () => {
    renderScreen();
    expect(await screen.findByText(/Not available here: no keychain here/)).toBeInTheDocument();
    expect(screen.getByLabelText("Also unlock with this device's keychain")).toBeDisabled();
  });
});
