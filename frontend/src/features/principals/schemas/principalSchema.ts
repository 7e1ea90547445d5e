import { z } from 'zod';
import { displayNameSchema, usernameSchema } from '@/lib/credentialRules';

/** "Add integration": the account's name, role and teams (no password: the backend makes a token). */
export const principalSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  roleId: z.string().min(1, 'Choose a role.'),
  teamIds: z.array(z.string()),
});
export type PrincipalValues = z.input<typeof principalSchema>;
export const initialPrincipalValues: PrincipalValues = { username: '', displayName: '', roleId: '', teamIds: [] };
