import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Status } from '../../wailsjs/go/service/WorkspaceService';
import { AppError } from './appError';
import { GENERIC_MESSAGE, toAppError } from './call';
import { handleSessionError } from './sessionExpiry';
import { getSessionNotice, getSignInPrefill, REAUTH_NOTICE, setSessionNotice } from './sessionNotice';
import { workspaceStatusKey, type WorkspaceStatus } from './workspaceStatus';

vi.mock('../../wailsjs/go/service/WorkspaceService', () => ({ Status: vi.fn() }));

const signedOut = { exists: true, unlocked: true, name: 'Northwind', signedIn: null } as unknown as WorkspaceStatus;
const signedIn = { ...signedOut, signedIn: { user: { id: 'u1', username: 'sam' }, permissions: [] } } as unknown as WorkspaceStatus;

function clientWithSession(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(workspaceStatusKey, signedIn);
  client.setQueryData(['records', 'contacts'], { rows: ['decrypted data'] });
  return client;
}

describe('handleSessionError', () => {
  beforeEach(() => vi.resetAllMocks());
  afterEach(() => setSessionNotice(null));

  it('knows reauth_required: the backend message, not "something went wrong"', () => {
    const error = toAppError({ code: 'reauth_required', message: 'For your security, enter your password again to continue.' });
    expect(error.code).toBe('reauth_required');
    expect(error.message).not.toBe(GENERIC_MESSAGE);
  });

  it('on reauth_required returns to sign-in with the user name filled in and a note', async () => {
    vi.mocked(Status).mockResolvedValue(signedOut);
    const client = clientWithSession();
    await handleSessionError(client, { code: 'reauth_required', message: 'For your security, enter your password again to continue.' });
    expect(getSessionNotice()).toBe(REAUTH_NOTICE);
    expect(getSignInPrefill()).toBe('sam');
    expect(client.getQueryData(workspaceStatusKey)).toEqual(signedOut);
    expect(client.getQueryData(['records', 'contacts'])).toBeUndefined();
  });

  it('leaves the app alone when the fresh status is still signed in', async () => {
    vi.mocked(Status).mockResolvedValue(signedIn);
    const client = clientWithSession();
    await handleSessionError(client, new AppError('reauth_required', 'again'));
    expect(getSessionNotice()).toBeNull();
    expect(getSignInPrefill()).toBeNull();
    expect(client.getQueryData(['records', 'contacts'])).toBeDefined();
  });

  it('an ended session still shows the backend reason, without a user name', async () => {
    vi.mocked(Status).mockResolvedValue(signedOut);
    const client = clientWithSession();
    await handleSessionError(client, new AppError('unauthenticated', 'Your session has ended. Sign in again.'));
    expect(getSessionNotice()).toBe('Your session has ended. Sign in again.');
    expect(getSignInPrefill()).toBeNull();
    expect(client.getQueryData(['records', 'contacts'])).toBeUndefined();
  });

  it('ignores other errors', async () => {
    const client = clientWithSession();
    await handleSessionError(client, new AppError('forbidden', 'no'));
    expect(Status).not.toHaveBeenCalled();
    expect(getSessionNotice()).toBeNull();
  });
});
