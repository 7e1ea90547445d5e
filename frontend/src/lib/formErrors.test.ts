import { describe, expect, it, vi } from 'vitest';
import { AppError } from './appError';
import { applyFieldErrors, placeAccountError, unplacedAccountError } from './formErrors';

describe('applyFieldErrors', () => {
  it('puts each field message on its field, renamed where asked', () => {
    const form = { setFieldError: vi.fn() };
    expect(applyFieldErrors(form, new AppError('invalid', 'Bad.', { roleId: 'Choose a role.', name: 'Too long.' }), { name: 'displayName' })).toBe(true);
    expect(form.setFieldError).toHaveBeenCalledWith('roleId', 'Choose a role.');
    expect(form.setFieldError).toHaveBeenCalledWith('displayName', 'Too long.');
    expect(applyFieldErrors(form, new AppError('internal', 'Oops.'))).toBe(false);
  });
});

describe('placeAccountError', () => {
  it('puts a taken user name on the username field and shows nothing else', () => {
    const form = { setFieldError: vi.fn() };
    const taken = new AppError('conflict', 'The user name ana is taken.');
    placeAccountError(form, taken);
    expect(form.setFieldError).toHaveBeenCalledWith('username', 'The user name ana is taken.');
    expect(unplacedAccountError(taken)).toBeNull();
  });

  it('puts field errors on their fields; a refusal without fields is left to show', () => {
    const form = { setFieldError: vi.fn() };
    const fields = new AppError('invalid', 'Check the form.', { password: 'Too short.' });
    placeAccountError(form, fields);
    expect(form.setFieldError).toHaveBeenCalledWith('password', 'Too short.');
    expect(unplacedAccountError(fields)).toBeNull();
    const forbidden = new AppError('forbidden', 'Only administrators add users.');
    placeAccountError(form, forbidden);
    expect(form.setFieldError).toHaveBeenCalledTimes(1);
    expect(unplacedAccountError(forbidden)).toBe(forbidden);
    expect(unplacedAccountError(null)).toBeNull();
  });
});
