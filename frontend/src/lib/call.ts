import { AppError, isErrorCode } from './appError';

/** Shown for anything the backend did not classify; raw text never reaches the UI. */
export const GENERIC_MESSAGE = 'Something went wrong. Please try again; if it keeps happening, check the diagnostic log.';

/**
 * Runs one bound Go method and turns any rejection (or synchronous throw, e.g.
 * when the Wails bridge is missing) into an AppError. Every backend call in the
 * app goes through here.
 */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (raw) {
    throw toAppError(raw);
  }
}

/** Normalises whatever a rejected Wails promise carried into an AppError. */
export function toAppError(raw: unknown): AppError {
  if (raw instanceof AppError) return raw;

  const payload = parsePayload(raw);
  if (payload && isErrorCode(payload.code) && payload.code !== 'internal') {
    const message = typeof payload.message === 'string' ? payload.message.trim() : '';
    return new AppError(payload.code, message || defaultMessageFor(payload.code), readFields(payload.fields), {
      cause: raw,
    });
  }
  return new AppError('internal', GENERIC_MESSAGE, undefined, { cause: raw });
}

type Payload = { code?: unknown; message?: unknown; fields?: unknown };

function parsePayload(raw: unknown): Payload | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return parseJsonObject(raw);
  if (raw instanceof Error) return parseJsonObject(raw.message);
  if (typeof raw === 'object') return raw as Payload;
  return null;
}

function parseJsonObject(text: string): Payload | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(trimmed);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Payload) : null;
  } catch {
    return null;
  }
}

function readFields(fields: unknown): Record<string, string> | undefined {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function defaultMessageFor(code: string): string {
  switch (code) {
    case 'invalid':
      return 'Some values are not valid.';
    case 'not_found':
      return 'That item no longer exists.';
    case 'forbidden':
      return 'You do not have permission to do that.';
    case 'unauthenticated':
      return 'Those credentials were not accepted.';
    case 'conflict':
      return 'That change conflicts with the current state.';
    case 'locked':
      return 'The workspace is locked.';
    case 'unavailable':
      return 'That service is not available right now.';
    default:
      return GENERIC_MESSAGE;
  }
}
