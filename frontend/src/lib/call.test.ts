import { describe, expect, it } from 'vitest';
import { AppError } from './appError';
import { call, GENERIC_MESSAGE, toAppError } from './call';
import { describeError } from './errors';

type Case = {
  name: string;
  raw: unknown;
  code: AppError['code'];
  message: string;
  fields?: Record<string, string>;
};

const hostile = '<img src=x onerror="alert(1)"> \u202e; DROP TABLE contacts; --';

const cases: Case[] = [
  {
    name: 'object with a known code',
    raw: { code: 'unauthenticated', message: 'Wrong passphrase.' },
    code: 'unauthenticated',
    message: 'Wrong passphrase.',
  },
  {
    name: 'JSON string of the object',
    raw: JSON.stringify({ code: 'unavailable', message: 'The OS keychain is not available.' }),
    code: 'unavailable',
    message: 'The OS keychain is not available.',
  },
  {
    name: 'JSON string with surrounding whitespace',
    raw: `  ${JSON.stringify({ code: 'conflict', message: 'Set a passphrase first.' })}\n`,
    code: 'conflict',
    message: 'Set a passphrase first.',
  },
  { name: 'plain string is not leaked', raw: 'file is not a database', code: 'internal', message: GENERIC_MESSAGE },
  { name: 'Error with plain text is not leaked', raw: new Error('sql: database is closed'), code: 'internal', message: GENERIC_MESSAGE },
  {
    name: 'Error whose message is the JSON object',
    raw: new Error(JSON.stringify({ code: 'locked', message: 'The workspace is locked.' })),
    code: 'locked',
    message: 'The workspace is locked.',
  },
  { name: 'undefined', raw: undefined, code: 'internal', message: GENERIC_MESSAGE },
  { name: 'null', raw: null, code: 'internal', message: GENERIC_MESSAGE },
  { name: 'number', raw: 42, code: 'internal', message: GENERIC_MESSAGE },
  { name: 'unknown code', raw: { code: 'teapot', message: 'file is not a database' }, code: 'internal', message: GENERIC_MESSAGE },
  { name: 'object without code', raw: { message: 'file is not a database' }, code: 'internal', message: GENERIC_MESSAGE },
  { name: 'internal code hides backend text', raw: { code: 'internal', message: 'pq: secret detail' }, code: 'internal', message: GENERIC_MESSAGE },
  { name: 'broken JSON string', raw: '{"code":"invalid",', code: 'internal', message: GENERIC_MESSAGE },
  { name: 'JSON array string', raw: '[1,2]', code: 'internal', message: GENERIC_MESSAGE },
  {
    name: 'known code without message gets a default',
    raw: { code: 'forbidden' },
    code: 'forbidden',
    message: 'You do not have permission to do that.',
  },
  {
    name: 'fields preserved',
    raw: { code: 'invalid', message: 'Check the form.', fields: { name: 'Name is required.', passphrase: 'Too short.' } },
    code: 'invalid',
    message: 'Check the form.',
    fields: { name: 'Name is required.', passphrase: 'Too short.' },
  },
  {
    name: 'non-string and empty field values dropped',
    raw: { code: 'invalid', message: 'Check the form.', fields: { name: 'Required.', age: 3, blank: '  ', nested: { a: 'b' } } },
    code: 'invalid',
    message: 'Check the form.',
    fields: { name: 'Required.' },
  },
  {
    name: 'hostile message kept as plain text',
    raw: { code: 'invalid', message: hostile, fields: { name: hostile } },
    code: 'invalid',
    message: hostile,
    fields: { name: hostile },
  },
];

describe('toAppError', () => {
  it.each(cases)('$name', ({ raw, code, message, fields }) => {
    const got = toAppError(raw);
    expect(got).toBeInstanceOf(AppError);
    expect(got).toBeInstanceOf(Error);
    expect(got.code).toBe(code);
    expect(got.message).toBe(message);
    expect(got.fields).toEqual(fields);
  });

  it('returns an AppError unchanged', () => {
    const original = new AppError('conflict', 'x');
    expect(toAppError(original)).toBe(original);
  });

  it('keeps the raw rejection as cause for diagnostics', () => {
    expect(toAppError('file is not a database').cause).toBe('file is not a database');
  });
});

describe('call', () => {
  it('resolves with the value', async () => {
    await expect(call(() => Promise.resolve(7))).resolves.toBe(7);
  });

  it('normalises a rejection', async () => {
    const err = await call(() => Promise.reject({ code: 'unauthenticated', message: 'Wrong passphrase.' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('unauthenticated');
  });

  it('normalises a synchronous throw (no Wails bridge)', async () => {
    const err = await call(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'service')");
    }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('internal');
    expect((err as AppError).message).toBe(GENERIC_MESSAGE);
  });
});

describe('describeError', () => {
  it('uses the backend message as English fallback', () => {
    expect(describeError({ code: 'unauthenticated', message: 'Wrong passphrase.' })).toBe('Wrong passphrase.');
  });
  it('never shows raw text', () => {
    expect(describeError('file is not a database')).toBe(GENERIC_MESSAGE);
  });
});
