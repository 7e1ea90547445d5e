import { z } from 'zod';

/** The payload of "alerts:new". Severity stays a string: a newer backend may add levels. */
export const alertRaisedSchema = z.object({
  id: z.string().min(1),
  severity: z.string(),
  title: z.string(),
  ruleName: z.string().default(''),
});

export type AlertRaised = z.infer<typeof alertRaisedSchema>;

/** The parsed payload of "alerts:new", or null when it is not one (the event is then only a refresh). */
export function parseAlertRaised(payload: unknown): AlertRaised | null {
  const parsed = alertRaisedSchema.safeParse(payload);
  return parsed.success ? parsed.data : null;
}
