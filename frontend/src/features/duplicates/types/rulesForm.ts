import { z } from 'zod';
import type { DuplicateRules, RulesInput } from './duplicateTypes';

/** The threshold range the backend accepts (dedup.MinThreshold..MaxThreshold) and its default. */
export const THRESHOLD = { min: 0.8, max: 0.99, step: 0.01, default: 0.9 } as const;

/**
 * Where fuzzy name matching looks for candidates (dedup Block* names). The
 * backend also knows "postcode", but records have no postcode field yet, so
 * it is not offered.
 */
export const BLOCK_OPTIONS = [
  { value: 'company', label: 'Same company', description: 'People at the same company; companies with the same normalized name' },
  { value: 'domain', label: 'Same domain', description: 'The same web domain, or work email domain for people' },
  { value: 'phonetic', label: 'Sounds alike', description: 'First and last names that sound the same' },
] as const;

/** Countries for phone numbers written without a + prefix (dedup.Regions). */
export const REGION_OPTIONS = [
  { value: 'US', label: 'United States (+1)' },
  { value: 'CA', label: 'Canada (+1)' },
  { value: 'GB', label: 'United Kingdom (+44)' },
  { value: 'DE', label: 'Germany (+49)' },
  { value: 'FR', label: 'France (+33)' },
  { value: 'NL', label: 'Netherlands (+31)' },
  { value: 'ES', label: 'Spain (+34)' },
  { value: 'IT', label: 'Italy (+39)' },
] as const;

const BLOCKS = BLOCK_OPTIONS.map((b) => b.value) as [string, ...string[]];
const REGIONS = REGION_OPTIONS.map((r) => r.value) as [string, ...string[]];

export type RulesValues = Omit<RulesInput, 'entity'>;

/** The rules form's schema; the backend re-validates (CodeInvalid naming threshold, block, defaultRegion). */
export const rulesSchema = z
  .object({
    email: z.boolean(),
    phone: z.boolean(),
    domain: z.boolean(),
    fuzzy: z.boolean(),
    threshold: z
      .number({ error: 'Choose a similarity.' })
      .min(THRESHOLD.min, `At least ${THRESHOLD.min * 100}%.`)
      .max(THRESHOLD.max, `At most ${THRESHOLD.max * 100}%.`),
    block: z
      .array(z.enum(BLOCKS, { error: 'Unknown block.' }))
      .refine((list) => new Set(list).size === list.length, 'Each block once.'),
    defaultRegion: z.enum(REGIONS, { error: 'Choose a country.' }),
  })
  .refine((v) => !v.fuzzy || v.block.length > 0, { path: ['block'], message: 'Similar names need at least one place to look.' });

/** The form's values for saved rules (a threshold of 0 means the default). */
export function toRulesValues(rules: DuplicateRules): RulesValues {
  return {
    email: rules.email,
    phone: rules.phone,
    domain: rules.domain,
    fuzzy: rules.fuzzy,
    threshold: rules.threshold || THRESHOLD.default,
    block: [...rules.block],
    defaultRegion: rules.defaultRegion || 'US',
  };
}

/** What SaveRules gets: the threshold on the slider's 0.01 grid, blocks in a fixed order. */
export function toRulesInput(entity: string, values: RulesValues): RulesInput {
  return {
    entity,
    ...values,
    threshold: Math.round(values.threshold * 100) / 100,
    block: BLOCKS.filter((b) => values.block.includes(b)),
  };
}

/** Whether every rule is off (the scan and the form warning then find nothing). */
export function allRulesOff(values: Pick<RulesValues, 'email' | 'phone' | 'domain' | 'fuzzy'>, entity: string): boolean {
  return !values.email && !values.phone && !values.fuzzy && !(entity === 'companies' && values.domain);
}
