import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/appError';
import { workspaceStatusKey, type WorkspaceStatus } from '@/lib/workspaceStatus';
import { unlockWithKeychain, unlockWithPassphrase } from '../api/unlockApi';
import { UnlockScreen } from './UnlockScreen';

vi.mock('../api/unlockApi', () => ({
  unlockWithKeychain: vi.fn(),
  unlockWithPassphrase: vi.fn(),
  unlockWithRecoveryKey: vi.fn(),
}));

const locked = {
  exists: true,
  unlocked: false,
  name: 'Northwind Sales',
  path: '/home/ana/.config/FieldVault/workspace.db',
  unlockMethods: ['keychain', 'passphrase', 'recovery'],
  keychain: { available: false, message: 'no keychain' },
  recoveryPending: false,
  osUser: 'ana',
  hostname: 'laptop',
  appVersion: '0.1.0',
  cipher: 'AES-256-GCM',
  schemaVersion: 1,
  pageCount: 12,
  unlockedBy: '',
} as WorkspaceStatus;

function renderUnlock(status: WorkspaceStatus = locked) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <UnlockScreen status={status} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return client;
}

describe('UnlockScreen', () => {
  beforeEach(() => {
    vi.resetAllMocks();
  });

  it('tries the keychain, then shows its message and the passphrase form', async () => {
    vi.mocked(unlockWithKeychain).mockRejectedValue(
      new AppError('unavailable', 'The OS keychain is not available. Use your passphrase or recovery key.'),
    );
    renderUnlock();

    expect(screen.getByText('Unlocking with the OS keychain…')).toBeInTheDocument();
    expect(await screen.findByText('The OS keychain is not available. Use your passphrase or recovery key.')).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase', { selector: 'input[type="password"]' })).toBeInTheDocument();
    expect(unlockWithKeychain).toHaveBeenCalledTimes(1);
  });

  it('shows "Wrong passphrase." under the field', async () => {
    vi.mocked(unlockWithPassphrase).mockRejectedValue(new AppError('unauthenticated', 'Wrong passphrase.'));
    renderUnlock({ ...locked, unlockMethods: ['passphrase', 'recovery'] } as WorkspaceStatus);

    expect(unlockWithKeychain).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Passphrase', { selector: 'input[type="password"]' }), 'not the one');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByText('Wrong passphrase.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled();
  });

  it('stores the returned status on success', async () => {
    const unlocked = { ...locked, unlocked: true, unlockedBy: 'keychain' } as WorkspaceStatus;
    vi.mocked(unlockWithKeychain).mockResolvedValue(unlocked);
    const client = renderUnlock();
    await waitFor(() => expect(client.getQueryData(workspaceStatusKey)).toEqual(unlocked));
  });
});
