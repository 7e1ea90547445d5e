import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';

export const WRONG_CREDENTIALS = 'Wrong user name or password.';

/**
 * The one message the sign-in form shows. It never says which of name or
 * password was wrong; a lock-out shows the backend's "try again in N minutes".
 */
export function signInErrorMessage(error: unknown): string {
  const appError = toAppError(error);
  switch (appError.code) {
    case 'unauthenticated':
    case 'invalid':
    case 'not_found':
      return WRONG_CREDENTIALS;
    default:
      return describeError(appError);
  }
}
