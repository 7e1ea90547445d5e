import { z } from 'zod';
import type { ReportChoice, Widget, WidgetType } from './dashboardTypes';
import { defaultSize } from './grid';
import { fitProblem, hasTwoGroups } from './widgetFit';

/** Where a widget's data come from: a built-in or saved report, a KPI target, or its own inline report (computed defaults). */
export type WidgetSource = 'report' | 'target' | 'inline';

export type WidgetFormValues = {
  type: WidgetType;
  source: WidgetSource;
  report: string | null;
  targetId: string | null;
  title: string;
  aggregate: string | null;
  /** A fixed KPI target; '' for none. */
  target: number | string;
  stacked: boolean;
  onlyMine: boolean;
  ignoreDateRange: boolean;
  dateField: string | null;
};

/** Control and bidirectional-override characters, which the backend refuses in names. */
export function hasHiddenCharacters(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f) return true;
  }
  return false;
}

/** A name or title of 1..80 characters without hidden characters (the backend's cleanName). */
export const nameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name of 1 to 80 characters.')
  .refine((s) => [...s].length <= 80, 'Enter a name of 1 to 80 characters.')
  .refine((s) => !hasHiddenCharacters(s), 'The name holds control or direction characters.');

/** The widget form's checks; the backend re-checks the widget against the report for the viewer. */
export const widgetFormSchema = z
  .object({
    type: z.string(),
    source: z.enum(['report', 'target', 'inline']),
    report: z.string().nullable(),
    targetId: z.string().nullable(),
    title: nameSchema,
    target: z.union([z.number(), z.string()]),
  })
  .superRefine((v, ctx) => {
    if (v.source === 'report' && !v.report) ctx.addIssue({ code: 'custom', path: ['report'], message: 'Choose a report for the widget.' });
    if (v.source === 'target' && !v.targetId) ctx.addIssue({ code: 'custom', path: ['targetId'], message: 'Choose a KPI target.' });
    if (v.source === 'target' && v.type !== 'kpi') ctx.addIssue({ code: 'custom', path: ['targetId'], message: 'Only a KPI widget shows a target.' });
    if (typeof v.target === 'number' && (!Number.isFinite(v.target) || Math.abs(v.target) > 1e15)) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'Enter a target number.' });
    }
  });

/** The form values of an existing widget, or of a new one. */
export function widgetFormValues(widget?: Widget): WidgetFormValues {
  if (!widget) {
    return { type: 'bar', source: 'report', report: null, targetId: null, title: '', aggregate: null, target: '', stacked: false, onlyMine: false, ignoreDateRange: false, dateField: null };
  }
  const o = widget.options;
  return {
    type: widget.type as WidgetType,
    source: o.targetId ? 'target' : widget.spec ? 'inline' : 'report',
    report: widget.report ?? null,
    targetId: o.targetId ?? null,
    title: widget.title,
    aggregate: o.aggregate ?? null,
    target: o.target ?? '',
    stacked: !!o.stacked,
    onlyMine: !!o.onlyMine,
    ignoreDateRange: !!o.ignoreDateRange,
    dateField: o.dateField ?? null,
  };
}

/**
 * The widget the form describes: the source it names (and only that one),
 * the options its type uses. `base` keeps an edited widget's id, place and
 * inline spec; a new widget gets `id` and the default size of its type.
 */
export function widgetFromForm(values: WidgetFormValues, base: Pick<Widget, 'id'> & Partial<Widget>, report?: ReportChoice): Widget {
  const size = base.w && base.h ? { w: base.w, h: base.h } : defaultSize(values.type);
  const widget: Widget = { id: base.id, type: values.type, title: values.title.trim(), x: base.x ?? 0, y: base.y ?? 0, ...size, options: {} };
  const o = widget.options;
  if (values.source === 'target' && values.type === 'kpi') {
    o.targetId = values.targetId ?? '';
  } else if (values.source === 'inline' && base.spec) {
    widget.spec = base.spec;
  } else {
    widget.report = values.report ?? '';
  }
  if (values.type === 'kpi' && !o.targetId) {
    if (values.aggregate) o.aggregate = values.aggregate;
    if (typeof values.target === 'number' && Number.isFinite(values.target)) o.target = values.target;
  }
  const spec = widget.spec ?? report?.spec;
  if ((values.type === 'bar' || values.type === 'area') && values.stacked && (!spec || hasTwoGroups(spec))) o.stacked = true;
  if (values.onlyMine) o.onlyMine = true;
  if (!o.targetId) {
    if (values.ignoreDateRange) o.ignoreDateRange = true;
    else if (values.dateField) o.dateField = values.dateField;
  }
  return widget;
}

/** Why the chosen report cannot feed the chosen type, or null. */
export function reportProblem(type: string, report: ReportChoice | undefined): string | null {
  if (!report) return null;
  if (!report.runnable) return report.problem || 'This report does not run for you.';
  return fitProblem(type, report.spec);
}
