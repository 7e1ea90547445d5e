import { z } from 'zod';
import { codePointLength, MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH, PASSPHRASE_MISMATCH } from './passphraseRules';

export const MAX_USERNAME_LENGTH = 64;
export const MAX_DISPLAY_NAME_LENGTH = 120;
export const MIN_PASSWORD_LENGTH = MIN_PASSPHRASE_LENGTH;
export const PASSWORD_MISMATCH = PASSPHRASE_MISMATCH.replace('passphrases', 'passwords');

/** User name as the Go side checks it: trimmed, 1–64 letters, digits and . _ - @ (no spaces). */
export const usernameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a user name.')
  .refine((v) => codePointLength(v) <= MAX_USERNAME_LENGTH, `Use at most ${MAX_USERNAME_LENGTH} characters.`)
  .refine((v) => /^[\p{L}\p{N}._@-]*$/u.test(v), 'Use letters, digits and . _ - @ only (no spaces).');

/** Display name: optional, at most 120 characters, no control characters. */
export const displayNameSchema = z
  .string()
  .trim()
  .refine((v) => codePointLength(v) <= MAX_DISPLAY_NAME_LENGTH, `Use at most ${MAX_DISPLAY_NAME_LENGTH} characters.`)
  .refine((v) => !/\p{Cc}/u.test(v), 'The name cannot contain control characters.');

/** A new password: the passphrase rules (12–1024 characters). */
export const passwordSchema = z
  .string()
  .refine((v) => codePointLength(v) > 0, 'Enter a password.')
  .refine(
    (v) => codePointLength(v) === 0 || codePointLength(v) >= MIN_PASSWORD_LENGTH,
    `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
  )
  .refine((v) => codePointLength(v) <= MAX_PASSPHRASE_LENGTH, `Use at most ${MAX_PASSPHRASE_LENGTH} characters.`);
