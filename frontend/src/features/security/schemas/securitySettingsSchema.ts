import { z } from 'zod';

export const IDLE_TIMEOUT_RANGE = { min: 1, max: 480 } as const;
export const LOCKOUT_THRESHOLD_RANGE = { min: 3, max: 20 } as const;

const wholeNumberIn = (range: { min: number; max: number }, unit: string) =>
  z
    .number({ error: `Enter a number of ${unit}.` })
    .int(`Use a whole number of ${unit}.`)
    .min(range.min, `Choose between ${range.min} and ${range.max} ${unit}.`)
    .max(range.max, `Choose between ${range.min} and ${range.max} ${unit}.`);

/** Same ranges as SettingsService.UpdateSecurity. */
export const securitySettingsSchema = z.object({
  idleTimeoutMinutes: wholeNumberIn(IDLE_TIMEOUT_RANGE, 'minutes'),
  lockoutThreshold: wholeNumberIn(LOCKOUT_THRESHOLD_RANGE, 'attempts'),
  rememberOnDevice: z.boolean(),
});

export type SecuritySettingsValues = { idleTimeoutMinutes: number | string; lockoutThreshold: number | string; rememberOnDevice: boolean };
