import { z } from 'zod';

export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 1024;

/** Length in Unicode code points, which is what the Go side counts (runes). */
export function codePointLength(value: string): number {
  return [...value].length;
}

/** A new passphrase: at least 12 characters (code points), at most 1024. */
export const passphraseSchema = z
  .string()
  .refine((v) => codePointLength(v) > 0, 'Enter a passphrase.')
  .refine(
    (v) => codePointLength(v) === 0 || codePointLength(v) >= MIN_PASSPHRASE_LENGTH,
    `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`,
  )
  .refine((v) => codePointLength(v) <= MAX_PASSPHRASE_LENGTH, `Use at most ${MAX_PASSPHRASE_LENGTH} characters.`);

export const PASSPHRASE_MISMATCH = 'The passphrases do not match.';
