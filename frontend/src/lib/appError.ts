/** The stable error codes the Go ErrorFormatter sends (see backend/apperr). */
export const ERROR_CODES = [
  'invalid',
  'not_found',
  'forbidden',
  'unauthenticated',
  'conflict',
  'locked',
  'reauth_required',
  'unavailable',
  'corrupt',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The only error type the UI ever sees from a backend call. `message` is the
 * backend's English fallback (or a generic text for `internal`); show it through
 * `describeError` so it can be translated by code.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    if (fields && Object.keys(fields).length > 0) this.fields = fields;
  }
}
