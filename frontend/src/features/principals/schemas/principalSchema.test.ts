import { describe, expect, it } from 'vitest';
import { initialPrincipalValues, principalSchema } from './principalSchema';

const ok = { ...initialPrincipalValues, username: 'webform-import', displayName: 'Webform CSV drop', roleId: 'marketing_manager' };

function errorKeys(values: Record<string, unknown>): string[] {
  const result = principalSchema.safeParse({ ...ok, ...values });
  return result.success ? [] : [...new Set(result.error.issues.map((i) => i.path.join('.')))].sort();
}

describe('principalSchema', () => {
  it.each([
    ['ok', {}, []],
    ['no display name is fine', { displayName: '' }, []],
    ['teams', { teamIds: ['t1', 't2'] }, []],
    ['no user name', { username: '' }, ['username']],
    ['a space in the user name', { username: 'web form' }, ['username']],
    ['no role', { roleId: '' }, ['roleId']],
    ['display name with a newline', { displayName: 'Web\nform' }, ['displayName']],
  ])('%s', (_name, values, want) => {
    expect(errorKeys(values)).toEqual(want);
  });

  it('trims the names', () => {
    expect(principalSchema.parse({ ...ok, username: ' webform ', displayName: ' Webform ' })).toMatchObject({ username: 'webform', displayName: 'Webform' });
  });
});
