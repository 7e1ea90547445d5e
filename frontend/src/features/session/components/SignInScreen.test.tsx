import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/appError';
import { setSessionNotice } from '@/lib/sessionNotice';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';
import { signIn } from '../api/sessionApi';
import { SignInScreen } from './SignInScreen';

vi.mock('../api/sessionApi', () => ({ signIn: vi.fn(), autoLock: vi.fn(), heartbeat: vi.fn(), changePassword: vi.fn() }));

const status = { exists: true, unlocked: true, name: 'Northwind', path: '/tmp/ws', unlockMethods: ['passphrase'] } as unknown as WorkspaceStatus;

function renderSignIn(onUseWorkspaceKey?: () => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <SignInScreen status={status} onUseWorkspaceKey={onUseWorkspaceKey} />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

async function submit(username: string, password: string) {
  await userEvent.type(screen.getByLabelText('User name'), username);
  await userEvent.type(screen.getByLabelText('Password', { selector: 'input' }), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInScreen', () => {
  beforeEach(() => vi.resetAllMocks());
  afterEach(() => setSessionNotice(null));

  it('one message for a wrong name or password; the password is cleared', async () => {
    vi.mocked(signIn).mockRejectedValue(new AppError('unauthenticated', 'anything the backend says'));
    renderSignIn();
    await submit('sam', 'nope nope nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong user name or password.');
    expect(screen.queryByText('anything the backend says')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Password', { selector: 'input' })).toHaveValue('');
    expect(signIn).toHaveBeenCalledWith('sam', 'nope nope nope');
  });

  it('shows the lock-out wait from the backend', async () => {
    vi.mocked(signIn).mockRejectedValue(new AppError('locked', 'Too many failed sign-in attempts. Try again in 5 minutes.'));
    renderSignIn();
    await submit('sam', 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed sign-in attempts. Try again in 5 minutes.');
  });

  it('asked for the password again: the user name is filled in, with the note', async () => {
    vi.mocked(signIn).mockResolvedValue({} as never);
    setSessionNotice('Please enter your password again.', 'sam');
    renderSignIn();
    expect(screen.getByTestId('session-notice')).toHaveTextContent('Please enter your password again.');
    expect(screen.getByLabelText('User name')).toHaveValue('sam');
    expect(screen.getByLabelText('Password', { selector: 'input' })).toHaveFocus();
    await userEvent.type(screen.getByLabelText('Password', { selector: 'input' }), 'my password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(signIn).toHaveBeenCalledWith('sam', 'my password');
  });

  it('disables the form while signing in', async () => {
    vi.mocked(signIn).mockReturnValue(new Promise(() => {}));
    renderSignIn();
    await submit('sam', 'a password here');
    expect(screen.getByLabelText('User name')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute('data-loading');
  });

  it('asks for both fields before calling the backend', async () => {
    renderSignIn();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your user name.')).toBeInTheDocument();
    expect(signIn).not.toHaveBeenCalled();
  });

  it('shows why the last session ended, and offers the workspace key when locked', async () => {
    setSessionNotice('You were signed out after 15 minutes without activity.');
    const onKey = vi.fn();
    renderSignIn(onKey);
    expect(screen.getByTestId('session-notice')).toHaveTextContent('You were signed out after 15 minutes without activity.');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock with the workspace passphrase or recovery key' }));
    expect(onKey).toHaveBeenCalled();
  });
});
