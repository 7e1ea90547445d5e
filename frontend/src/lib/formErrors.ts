import type { AppError } from './appError';
import { describeError } from './errors';

type FormWithErrors = { setFieldError: (path: string, error: string) => void };

/**
 * Puts the backend's per-field messages onto the matching form fields.
 * `rename` maps backend field names to form paths where they differ.
 * Returns true when at least one field error was applied.
 */
export function applyFieldErrors(form: FormWithErrors, error: AppError, rename: Record<string, string> = {}): boolean {
  if (!error.fields) return false;
  let applied = false;
  for (const [field, message] of Object.entries(error.fields)) {
    form.setFieldError(rename[field] ?? field, message);
    applied = true;
  }
  return applied;
}

/**
 * Places a refused account creation on the form: a taken user name
 * ("conflict") on the username field, field errors on their fields; what
 * fits no field is for unplacedAccountError to show.
 */
export function placeAccountError(form: FormWithErrors, error: AppError): void {
  if (error.code === 'conflict') form.setFieldError('username', describeError(error));
  else applyFieldErrors(form, error);
}

/** The refusal of an account creation that fits no field (see placeAccountError), or null. */
export function unplacedAccountError(error: AppError | null): AppError | null {
  return error && !error.fields && error.code !== 'conflict' ? error : null;
}
