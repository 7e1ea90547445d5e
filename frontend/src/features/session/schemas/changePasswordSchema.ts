import { z } from 'zod';
import { PASSWORD_MISMATCH, passwordSchema } from '@/lib/credentialRules';

export type ChangePasswordValues = { oldPassword: string; newPassword: string; confirm: string };

export const initialChangePasswordValues: ChangePasswordValues = { oldPassword: '', newPassword: '', confirm: '' };

export const changePasswordSchema = z
  .object({ oldPassword: z.string().min(1, 'Enter your current password.'), newPassword: passwordSchema, confirm: z.string() })
  .superRefine((values, ctx) => {
    if (values.oldPassword !== '' && values.oldPassword === values.newPassword) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'Choose a password different from the current one.' });
    }
    if (values.confirm !== values.newPassword) {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: PASSWORD_MISMATCH });
    }
  });
