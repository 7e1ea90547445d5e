import type { AppError, ErrorCode } from './appError';
import { toAppError } from './call';

/**
 * Per-locale overrides keyed by error code. English uses the backend's own
 * message (it is the English fallback), so only other locales need entries.
 * When i18next arrives these become its `errors.<code>` keys.
 */
const catalog: Record<string, Partial<Record<ErrorCode, string>>> = {
  en: {},
};

/** Text to show a person for an error: a translation by code, else the backend's English message. */
export function describeError(error: unknown, locale = 'en'): string {
  const appError: AppError = toAppError(error);
  return catalog[locale]?.[appError.code] ?? appError.message;
}
