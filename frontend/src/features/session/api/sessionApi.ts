import { AutoLock, ChangePassword, Heartbeat, SignIn } from '../../../../wailsjs/go/service/SessionService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';
import type { SessionInfo } from '@/lib/permissions';

/**
 * Signs in (and unlocks a locked workspace with the user's password).
 * Rejects "unauthenticated" for any wrong name/password/disabled account, "locked" after too many failures.
 */
export function signIn(username: string, password: string): Promise<SessionInfo> {
  return call(() => SignIn(model.SignInRequest.createFrom({ username, password })));
}

/** Signs out for inactivity (audited as auth.autolock). */
export function autoLock(): Promise<void> {
  return call(() => AutoLock());
}

/** Tells the backend the person is active; returns the fresh session or rejects "unauthenticated". */
export function heartbeat(): Promise<SessionInfo> {
  return call(() => Heartbeat());
}

/** A wrong current password rejects "invalid" naming oldPassword. */
export function changePassword(oldPassword: string, newPassword: string): Promise<void> {
  return call(() => ChangePassword(oldPassword, newPassword));
}
