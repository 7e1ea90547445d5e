import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/appError';
import { GENERIC_MESSAGE } from '@/lib/call';
import { signInErrorMessage, WRONG_CREDENTIALS } from './signInError';

describe('signInErrorMessage', () => {
  const locked = 'Too many failed sign-in attempts. Try again in 5 minutes.';
  it.each([
    ['unknown user', new AppError('unauthenticated', 'Wrong user name or password.'), WRONG_CREDENTIALS],
    ['backend wording never leaks which field', new AppError('unauthenticated', 'No such user "bob"'), WRONG_CREDENTIALS],
    ['invalid input reads the same', new AppError('invalid', 'Enter a user name.', { username: 'x' }), WRONG_CREDENTIALS],
    ['lock-out shows the wait', new AppError('locked', locked), locked],
    ['raw text is not shown', 'sql: no rows', GENERIC_MESSAGE],
    ['corrupt file', new AppError('corrupt', 'The workspace file is damaged.'), 'The workspace file is damaged.'],
  ])('%s', (_name, error, want) => {
    expect(signInErrorMessage(error)).toBe(want);
  });
});
