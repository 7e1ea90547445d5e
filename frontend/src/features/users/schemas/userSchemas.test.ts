import { describe, expect, it } from 'vitest';
import { addUserSchema, editUserSchema, initialAddUserValues, resetPasswordSchema } from './userSchemas';

const ok = { ...initialAddUserValues, username: 'sam.rep', displayName: 'Sam Rep', roleId: 'sales_rep', teamIds: ['t1'], password: 'Temp-pass-2026' };

function errorKeys(values: Record<string, unknown>): string[] {
  const result = addUserSchema.safeParse({ ...ok, ...values });
  return result.success ? [] : [...new Set(result.error.issues.map((i) => i.path.join('.')))].sort();
}

describe('addUserSchema', () => {
  it.each([
    ['ok', {}, []],
    ['no teams is fine', { teamIds: [] }, []],
    ['no full name is fine', { displayName: '' }, []],
    ['missing user name', { username: '' }, ['username']],
    ['user name with a space', { username: 'sam rep' }, ['username']],
    ['user name with a slash', { username: 'sam/rep' }, ['username']],
    ['user name 65 characters', { username: 'x'.repeat(65) }, ['username']],
    ['no role', { roleId: '' }, ['roleId']],
    ['password 11 characters', { password: 'x'.repeat(11) }, ['password']],
    ['everything missing', { username: '', roleId: '', password: '' }, ['password', 'roleId', 'username']],
  ])('%s', (_name, values, want) => {
    expect(errorKeys(values)).toEqual(want);
  });

  it('trims the user name', () => {
    expect(addUserSchema.parse({ ...ok, username: '  sam.rep ' }).username).toBe('sam.rep');
  });
});

describe('editUserSchema / resetPasswordSchema', () => {
  it('needs a role', () => {
    expect(editUserSchema.safeParse({ displayName: 'x', roleId: '', teamIds: [] }).success).toBe(false);
  });
  it('checks the temporary password length', () => {
    expect(resetPasswordSchema.safeParse({ password: 'short' }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ password: 'long enough pass' }).success).toBe(true);
  });
});
