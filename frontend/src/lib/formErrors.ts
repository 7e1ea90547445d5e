import type { AppError } from './appError';

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
