import { z } from 'zod';
import { RULE_ACTIONS, SEVERITIES } from './alertMeta';
import { validateHours } from './roleHours';

/** Limits the rule editor checks before saving (the backend re-validates and has the last word). */
export const RULE_LIMITS = { threshold: { min: 1, max: 100000 }, windowMinutes: { min: 0, max: 10080 } } as const;

const hoursRow = z.object({ roleId: z.string(), from: z.number(), to: z.number() });

/** The editable settings of one rule. */
export const ruleSchema = z
  .object({
    enabled: z.boolean(),
    threshold: z
      .number({ error: 'Enter a number.' })
      .int('Whole numbers only.')
      .min(RULE_LIMITS.threshold.min, `At least ${RULE_LIMITS.threshold.min}.`)
      .max(RULE_LIMITS.threshold.max, `At most ${RULE_LIMITS.threshold.max.toLocaleString('en-US')}.`),
    windowMinutes: z
      .number({ error: 'Enter a number (0 = no window).' })
      .int('Whole minutes only.')
      .min(0, '0 or more (0 = no window).')
      .max(RULE_LIMITS.windowMinutes.max, 'At most 7 days (10,080 minutes).'),
    severity: z.enum(SEVERITIES, { error: 'Choose a severity.' }),
    action: z.enum(RULE_ACTIONS, { error: 'Choose an action.' }),
    hours: z.array(hoursRow),
  })
  .superRefine((value, ctx) => {
    for (const [path, message] of Object.entries(validateHours(value.hours))) {
      ctx.addIssue({ code: 'custom', message, path: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) });
    }
  });

export type RuleValues = z.infer<typeof ruleSchema>;
