import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/appError';
import { workspaceStatusKey, type WorkspaceStatus } from '@/lib/workspaceStatus';
import { unlockWithKeychain, unlockWithPassphrase } from '../api/unlockApi';
import { KeychainAutoUnlock } from './KeychainAutoUnlock';
import { UnlockScreen } from './UnlockScreen';

vi.mock('../api/unlockApi', () => ({
  unlockWithKeychain: vi.fn(),
  unlockWithPassphrase: vi.fn(),
  unlockWithRecoveryKey: vi.fn(),
}));

const locked = {
  exists: true,
  unlocked: false,
  name: '',
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

function renderWith(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </MantineProvider>,
  );
  return client;
}

describe('KeychainAutoUnlock', () => {
  beforeEach(() => vi.resetAllMocks());

  it('tries the keychain once and reports a failure', async () => {
    vi.mocked(unlockWithKeychain).mockRejectedValue(new AppError('unavailable', 'The OS keychain is not available.'));
    const onFailed = vi.fn();
    renderWith(<KeychainAutoUnlock status={locked} onFailed={onFailed} />);
    expect(screen.getByText('Unlocking with the OS keychain…')).toBeInTheDocument();
    await waitFor(() => expect(onFailed).toHaveBeenCalledWith('The OS keychain is not available.'));
    expect(unlockWithKeychain).toHaveBeenCalledTimes(1);
  });

  it('stores the returned status on success', async () => {
    const unlocked = { ...locked, unlocked: true, unlockedBy: 'keychain' } as WorkspaceStatus;
    vi.mocked(unlockWithKeychain).mockResolvedValue(unlocked);
    const client = renderWith(<KeychainAutoUnlock status={locked} onFailed={vi.fn()} />);
    await waitFor(() => expect(client.getQueryData(workspaceStatusKey)).toEqual(unlocked));
  });
});

describe('UnlockScreen', () => {
  beforeEach(() => vi.resetAllMocks());

  it('shows "Wrong passphrase." under the field and never tries the keychain by itself', async () => {
    vi.mocked(unlockWithPassphrase).mockRejectedValue(new AppError('unauthenticated', 'Wrong passphrase.'));
    renderWith(<UnlockScreen status={locked} />);

    await userEvent.type(screen.getByLabelText('Passphrase', { selector: 'input[type="password"]' }), 'not the one');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByText('Wrong passphrase.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeEnabled();
    expect(unlockWithKeychain).not.toHaveBeenCalled();
  });

  it('shows the keychain failure with a retry, and goes back to sign-in', async () => {
    const onBack = vi.fn();
    renderWith(<UnlockScreen status={locked} keychainMessage="No Secret Service." onBack={onBack} />);
    expect(screen.getByText('No Secret Service.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Back to sign-in/ }));
    expect(onBack).toHaveBeenCalled();
  });
});
