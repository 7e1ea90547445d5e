import { describe, expect, it } from 'vitest';
import {
  adminStepSchema,
  initialSetupValues,
  setupSchema,
  toCreateWorkspaceInput,
  workspaceNameSchema,
  type SetupValues,
} from './setupSchema';

const GOOD = 'correct horse battery';
const ADMIN_PW = 'admin password 2026';
const ADMIN = { adminUsername: 'ana.lopez', adminDisplayName: 'Ana López', adminPassword: ADMIN_PW, adminConfirm: ADMIN_PW };
const valid: SetupValues = { ...initialSetupValues, ...ADMIN, name: 'Acme' };

function errorsOf(values: SetupValues): Record<string, string> {
  const result = setupSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('workspaceNameSchema', () => {
  const cases: Array<{ name: string; value: string; ok: boolean }> = [
    { name: 'empty', value: '', ok: false },
    { name: 'only spaces', value: '   ', ok: false },
    { name: '80 characters', value: 'a'.repeat(80), ok: true },
    { name: '81 characters', value: 'a'.repeat(81), ok: false },
    { name: '80 emoji (code points, not UTF-16 units)', value: '🙂'.repeat(80), ok: true },
    { name: 'newline', value: 'Sales\nTeam', ok: false },
    { name: 'tab', value: 'Sales\tTeam', ok: false },
    { name: 'NUL', value: 'Sales\u0000', ok: false },
    { name: 'DEL', value: 'Sales\u007f', ok: false },
    { name: 'C1 control', value: 'Sales\u0085', ok: false },
    { name: 'ordinary name', value: 'Northwind Field Sales', ok: true },
    { name: 'accents and punctuation', value: 'Müller & Søn — Nord', ok: true },
  ];
  it.each(cases)('$name', ({ value, ok }) => {
    expect(workspaceNameSchema.safeParse(value).success).toBe(ok);
  });

  it('trims the name', () => {
    expect(workspaceNameSchema.parse('  Acme  ')).toBe('Acme');
  });
});

describe('setupSchema passphrase rules', () => {
  const base: SetupValues = valid;
  const cases: Array<{ name: string; values: Partial<SetupValues>; errors: string[] }> = [
    { name: 'passphrase mode, empty', values: { unlock: 'passphrase' }, errors: ['passphrase'] },
    { name: 'passphrase mode, too short', values: { unlock: 'passphrase', passphrase: 'short1', confirm: 'short1' }, errors: ['passphrase'] },
    { name: 'passphrase mode, 11 chars', values: { unlock: 'passphrase', passphrase: 'a'.repeat(11), confirm: 'a'.repeat(11) }, errors: ['passphrase'] },
    { name: 'passphrase mode, mismatch', values: { unlock: 'passphrase', passphrase: GOOD, confirm: `${GOOD}!` }, errors: ['confirm'] },
    { name: 'passphrase mode, short and mismatch', values: { unlock: 'passphrase', passphrase: 'abc', confirm: 'abd' }, errors: ['passphrase', 'confirm'] },
    { name: 'passphrase mode, ok', values: { unlock: 'passphrase', passphrase: GOOD, confirm: GOOD }, errors: [] },
    { name: 'passphrase mode, exactly 12', values: { unlock: 'passphrase', passphrase: 'a'.repeat(12), confirm: 'a'.repeat(12) }, errors: [] },
    { name: 'keychain without passphrase', values: { unlock: 'keychain' }, errors: [] },
    { name: 'keychain, fallback off ignores leftovers', values: { unlock: 'keychain', passphrase: 'x', confirm: 'y' }, errors: [] },
    { name: 'keychain with short fallback', values: { unlock: 'keychain', addFallback: true, passphrase: 'short', confirm: 'short' }, errors: ['passphrase'] },
    { name: 'keychain with fallback mismatch', values: { unlock: 'keychain', addFallback: true, passphrase: GOOD, confirm: 'other' }, errors: ['confirm'] },
    { name: 'keychain with good fallback', values: { unlock: 'keychain', addFallback: true, passphrase: GOOD, confirm: GOOD }, errors: [] },
    { name: 'bad name and bad passphrase together', values: { name: '', unlock: 'passphrase', passphrase: 'x', confirm: 'x' }, errors: ['name', 'passphrase'] },
  ];
  it.each(cases)('$name', ({ values, errors }) => {
    expect(Object.keys(errorsOf({ ...base, ...values })).sort()).toEqual([...errors].sort());
  });
});

describe('toCreateWorkspaceInput', () => {
  it('sends no passphrase for keychain without fallback', () => {
    expect(toCreateWorkspaceInput({ ...valid, name: ' Acme ', adminUsername: ' ana.lopez ', passphrase: 'leftover', confirm: 'leftover' })).toEqual({
      name: 'Acme',
      unlock: 'keychain',
      passphrase: '',
      adminUsername: 'ana.lopez',
      adminDisplayName: 'Ana López',
      adminPassword: ADMIN_PW,
    });
  });
  it('sends the fallback passphrase', () => {
    expect(
      toCreateWorkspaceInput({ ...valid, addFallback: true, passphrase: GOOD, confirm: GOOD }),
    ).toMatchObject({ name: 'Acme', unlock: 'keychain', passphrase: GOOD });
  });
  it('throws on invalid values', () => {
    expect(() => toCreateWorkspaceInput({ ...initialSetupValues, name: '' })).toThrow();
  });
});

describe('adminStepSchema', () => {
  const errorsOfAdmin = (values: Partial<typeof ADMIN>) => {
    const result = adminStepSchema.safeParse({ ...ADMIN, ...values });
    return result.success ? [] : [...new Set(result.error.issues.map((i) => i.path.join('.')))].sort();
  };
  const cases: Array<{ name: string; values: Partial<typeof ADMIN>; errors: string[] }> = [
    { name: 'ok', values: {}, errors: [] },
    { name: 'email-like user name', values: { adminUsername: 'ana@northwind.example' }, errors: [] },
    { name: 'letters with accents and digits', values: { adminUsername: 'józef_99-x' }, errors: [] },
    { name: 'empty user name', values: { adminUsername: '' }, errors: ['adminUsername'] },
    { name: 'only spaces', values: { adminUsername: '   ' }, errors: ['adminUsername'] },
    { name: 'space inside', values: { adminUsername: 'ana lopez' }, errors: ['adminUsername'] },
    { name: 'other punctuation', values: { adminUsername: 'ana+crm' }, errors: ['adminUsername'] },
    { name: '64 characters', values: { adminUsername: 'a'.repeat(64) }, errors: [] },
    { name: '65 characters', values: { adminUsername: 'a'.repeat(65) }, errors: ['adminUsername'] },
    { name: 'no full name is fine', values: { adminDisplayName: '' }, errors: [] },
    { name: 'full name with a newline', values: { adminDisplayName: 'Ana\nLópez' }, errors: ['adminDisplayName'] },
    { name: 'full name too long', values: { adminDisplayName: 'x'.repeat(121) }, errors: ['adminDisplayName'] },
    { name: 'password 11 characters', values: { adminPassword: 'a'.repeat(11), adminConfirm: 'a'.repeat(11) }, errors: ['adminPassword'] },
    { name: 'password 12 characters', values: { adminPassword: 'a'.repeat(12), adminConfirm: 'a'.repeat(12) }, errors: [] },
    { name: 'empty password', values: { adminPassword: '', adminConfirm: '' }, errors: ['adminPassword'] },
    { name: 'confirmation differs', values: { adminConfirm: `${ADMIN_PW}!` }, errors: ['adminConfirm'] },
  ];
  it.each(cases)('$name', ({ values, errors }) => {
    expect(errorsOfAdmin(values)).toEqual(errors);
  });

  it('the whole form reports admin errors too', () => {
    expect(Object.keys(errorsOf({ ...valid, adminUsername: 'a b' }))).toEqual(['adminUsername']);
  });
});
