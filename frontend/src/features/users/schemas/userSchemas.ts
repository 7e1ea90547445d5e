import { z } from 'zod';
import { displayNameSchema, passwordSchema, usernameSchema } from '@/lib/credentialRules';

export const addUserSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  roleId: z.string().min(1, 'Choose a role.'),
  teamIds: z.array(z.string()),
  password: passwordSchema,
});
export type AddUserValues = z.input<typeof addUserSchema>;
export const initialAddUserValues: AddUserValues = { username: '', displayName: '', roleId: '', teamIds: [], password: '' };

export const editUserSchema = z.object({
  displayName: displayNameSchema,
  roleId: z.string().min(1, 'Choose a role.'),
  teamIds: z.array(z.string()),
});
export type EditUserValues = z.input<typeof editUserSchema>;

export const resetPasswordSchema = z.object({ password: passwordSchema });
