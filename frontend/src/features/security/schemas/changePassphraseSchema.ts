import { z } from 'zod';
import { PASSPHRASE_MISMATCH, passphraseSchema } from '@/lib/passphraseRules';

export type ChangePassphraseValues = { oldPassphrase: string; newPassphrase: string; confirm: string };

export const initialChangePassphraseValues: ChangePassphraseValues = { oldPassphrase: '', newPassphrase: '', confirm: '' };

/**
 * `hasPassphrase` false means the workspace has none yet: the old field is not
 * shown and an empty value is sent.
 */
export function changePassphraseSchema(hasPassphrase: boolean) {
  return z
    .object({ oldPassphrase: z.string(), newPassphrase: passphraseSchema, confirm: z.string() })
    .superRefine((values, ctx) => {
      if (hasPassphrase && values.oldPassphrase === '') {
        ctx.addIssue({ code: 'custom', path: ['oldPassphrase'], message: 'Enter the current passphrase.' });
      }
      if (hasPassphrase && values.oldPassphrase !== '' && values.oldPassphrase === values.newPassphrase) {
        ctx.addIssue({ code: 'custom', path: ['newPassphrase'], message: 'Choose a passphrase different from the current one.' });
      }
      if (values.confirm !== values.newPassphrase) {
        ctx.addIssue({ code: 'custom', path: ['confirm'], message: PASSPHRASE_MISMATCH });
      }
    });
}
