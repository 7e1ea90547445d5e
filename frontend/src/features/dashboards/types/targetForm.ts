import { z } from 'zod';
import type { KpiTarget, KpiTargetInput, TargetPeriod } from './dashboardTypes';
import { nameSchema } from './widgetForm';

export const TARGET_PERIODS: readonly { value: TargetPeriod; label: string }[] = [
  { value: 'month', label: 'This month' },
  { value: 'quarter', label: 'This quarter' },
  { value: 'year', label: 'This year' },
];

export type TargetFormValues = { name: string; report: string | null; aggregate: string | null; period: TargetPeriod; teamId: string | null; target: number | string };

/** The target form's checks (the backend re-checks the report and aggregate for the caller). */
export const targetFormSchema = z.object({
  name: nameSchema,
  report: z.string({ message: 'Choose a report.' }).min(1, 'Choose a report.'),
  aggregate: z.string({ message: 'Choose the value the target is for.' }).min(1, 'Choose the value the target is for.'),
  period: z.enum(['month', 'quarter', 'year']),
  target: z.number({ message: 'Enter a target number.' }).refine((n) => Number.isFinite(n) && Math.abs(n) <= 1e15, 'Enter a target number.'),
});

export function targetFormValues(target?: KpiTarget): TargetFormValues {
  if (!target) return { name: '', report: null, aggregate: null, period: 'month', teamId: null, target: '' };
  return {
    name: target.name,
    report: target.report,
    aggregate: target.aggregate,
    period: (['month', 'quarter', 'year'].includes(target.period) ? target.period : 'month') as TargetPeriod,
    teamId: target.teamId || null,
    target: target.target,
  };
}

/** The request the form describes. */
export function targetInput(values: TargetFormValues, id?: string): KpiTargetInput {
  return {
    id,
    name: values.name.trim(),
    report: values.report ?? '',
    aggregate: values.aggregate ?? '',
    period: values.period,
    teamId: values.teamId ?? undefined,
    target: Number(values.target),
  };
}

/** "This month", "This quarter"… */
export function periodLabel(period: string): string {
  return TARGET_PERIODS.find((p) => p.value === period)?.label ?? period;
}
