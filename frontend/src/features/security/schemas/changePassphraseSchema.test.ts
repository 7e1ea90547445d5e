import { describe, expect, it } from 'vitest';
import { changePassphraseSchema, type ChangePassphraseValues } from './changePassphraseSchema';

const NEW = 'a brand new passphrase';

function errorKeys(hasPassphrase: boolean, values: ChangePassphraseValues): string[] {
  const result = changePassphraseSchema(hasPassphrase).safeParse(values);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => i.path.join('.')))].sort();
}

describe('changePassphraseSchema', () => {
  const cases: Array<{ name: string; has: boolean; values: ChangePassphraseValues; errors: string[] }> = [
    { name: 'ok', has: true, values: { oldPassphrase: 'old one here', newPassphrase: NEW, confirm: NEW }, errors: [] },
    { name: 'missing old', has: true, values: { oldPassphrase: '', newPassphrase: NEW, confirm: NEW }, errors: ['oldPassphrase'] },
    { name: 'adding first passphrase needs no old', has: false, values: { oldPassphrase: '', newPassphrase: NEW, confirm: NEW }, errors: [] },
    { name: 'new too short', has: true, values: { oldPassphrase: 'x', newPassphrase: 'short', confirm: 'short' }, errors: ['newPassphrase'] },
    { name: 'mismatch', has: true, values: { oldPassphrase: 'x', newPassphrase: NEW, confirm: 'nope' }, errors: ['confirm'] },
    { name: 'same as old', has: true, values: { oldPassphrase: NEW, newPassphrase: NEW, confirm: NEW }, errors: ['newPassphrase'] },
  ];
  it.each(cases)('$name', ({ has, values, errors }) => {
    expect(errorKeys(has, values)).toEqual(errors);
  });
});
