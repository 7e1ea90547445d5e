import { z } from 'zod';
import { displayNameSchema, PASSWORD_MISMATCH, passwordSchema, usernameSchema } from '@/lib/credentialRules';
import { codePointLength, PASSPHRASE_MISMATCH, passphraseSchema } from '@/lib/passphraseRules';

export const MAX_WORKSPACE_NAME_LENGTH = 80;

/** Workspace name: trimmed, 1–80 characters, no control characters (tabs, newlines, NUL, …). */
export const workspaceNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name for the workspace.')
  .refine(
    (v) => codePointLength(v) <= MAX_WORKSPACE_NAME_LENGTH,
    `Use at most ${MAX_WORKSPACE_NAME_LENGTH} characters.`,
  )
  .refine((v) => !/\p{Cc}/u.test(v), 'The name cannot contain control characters such as tabs or line breaks.');

export type UnlockMode = 'keychain' | 'passphrase';

export type SetupValues = {
  name: string;
  unlock: UnlockMode;
  /** Only used with keychain mode: whether a fallback passphrase is set too. */
  addFallback: boolean;
  passphrase: string;
  confirm: string;
  /** The first administrator, signed in once the workspace exists. */
  adminUsername: string;
  adminDisplayName: string;
  adminPassword: string;
  adminConfirm: string;
};

export const initialSetupValues: SetupValues = {
  name: '',
  unlock: 'keychain',
  addFallback: false,
  passphrase: '',
  confirm: '',
  adminUsername: '',
  adminDisplayName: '',
  adminPassword: '',
  adminConfirm: '',
};

/** Whether the values carry a passphrase that must be validated and sent. */
export function wantsPassphrase(values: Pick<SetupValues, 'unlock' | 'addFallback'>): boolean {
  return values.unlock === 'passphrase' || values.addFallback;
}

/** The "how it unlocks" step on its own. */
export const unlockStepSchema = z
  .object({
    unlock: z.enum(['keychain', 'passphrase']),
    addFallback: z.boolean(),
    passphrase: z.string(),
    confirm: z.string(),
  })
  .superRefine((values, ctx) => {
    if (!wantsPassphrase(values)) return;
    const result = passphraseSchema.safeParse(values.passphrase);
    if (!result.success) {
      ctx.addIssue({ code: 'custom', path: ['passphrase'], message: result.error.issues[0]?.message ?? 'Invalid.' });
    }
    if (values.confirm !== values.passphrase) {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: PASSPHRASE_MISMATCH });
    }
  });

/** The "Administrator" step: who signs in first (username rules as the Go side's ValidateUsername). */
export const adminStepSchema = z
  .object({
    adminUsername: usernameSchema,
    adminDisplayName: displayNameSchema,
    adminPassword: passwordSchema,
    adminConfirm: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.adminConfirm !== values.adminPassword) {
      ctx.addIssue({ code: 'custom', path: ['adminConfirm'], message: PASSWORD_MISMATCH });
    }
  });

export const ADMIN_STEP_FIELDS = ['adminUsername', 'adminDisplayName', 'adminPassword', 'adminConfirm'];

/** The whole setup form. */
export const setupSchema = z
  .object({ name: workspaceNameSchema })
  .and(adminStepSchema)
  .and(unlockStepSchema);

export type CreateWorkspaceInput = {
  name: string;
  unlock: UnlockMode;
  passphrase: string;
  adminUsername: string;
  adminDisplayName: string;
  adminPassword: string;
};

/** Validated form values → the CreateWorkspaceRequest fields (throws a ZodError when invalid). */
export function toCreateWorkspaceInput(values: SetupValues): CreateWorkspaceInput {
  const parsed = setupSchema.parse(values);
  return {
    name: parsed.name,
    unlock: parsed.unlock,
    passphrase: wantsPassphrase(parsed) ? parsed.passphrase : '',
    adminUsername: parsed.adminUsername,
    adminDisplayName: parsed.adminDisplayName,
    adminPassword: parsed.adminPassword,
  };
}
