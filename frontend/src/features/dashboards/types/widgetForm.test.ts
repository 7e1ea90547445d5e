import { describe, expect, it } from 'vitest';
import type { ReportChoice, Widget } from './dashboardTypes';
import { hasHiddenCharacters, widgetFormSchema, widgetFormValues, widgetFromForm } from './widgetForm';

const report: ReportChoice = {
  id: 'builtin:won-lost-by-month', name: 'Won and lost', description: '', builtin: true, runnable: true,
  spec: { entity: 'deals', format: 'matrix', groups: [{ field: 'closedAt', bucket: 'month' }, { field: 'outcome' }] },
};

describe('widgetFromForm', () => {
  it('builds a new chart widget with its default size and only the options its type uses', () => {
    const values = { ...widgetFormValues(), type: 'bar' as const, report: report.id, title: ' Won and lost ', stacked: true, target: 5, aggregate: 'x' };
    expect(widgetFromForm(values, { id: 'w1' }, report)).toEqual({
      id: 'w1', type: 'bar', title: 'Won and lost', x: 0, y: 0, w: 6, h: 4, report: report.id, options: { stacked: true },
    });
  });

  it('builds a KPI on a target without a report or a date field', () => {
    const values = { ...widgetFormValues(), type: 'kpi' as const, source: 'target' as const, targetId: 't1', report: 'r', title: 'Q3', dateField: 'closedAt' };
    expect(widgetFromForm(values, { id: 'k' })).toEqual({ id: 'k', type: 'kpi', title: 'Q3', x: 0, y: 0, w: 3, h: 2, options: { targetId: 't1' } });
  });

  it('keeps an edited widget’s place, size and inline spec', () => {
    const inline: Widget = { id: 'tasks', type: 'kpi', title: 'Open tasks', x: 3, y: 2, w: 3, h: 2, spec: { entity: 'tasks' }, options: { onlyMine: true, ignoreDateRange: true } };
    const values = widgetFormValues(inline);
    expect(values.source).toBe('inline');
    expect(widgetFromForm({ ...values, target: 10 }, inline)).toEqual({ ...inline, options: { onlyMine: true, ignoreDateRange: true, target: 10 } });
  });
});

describe('widgetFormSchema', () => {
  const valid = { ...widgetFormValues(), report: 'r', title: 'Ok' };
  it('accepts a complete form', () => {
    expect(widgetFormSchema.safeParse(valid).success).toBe(true);
  });
  it.each([
    ['no report', { report: null }, 'report'],
    ['an empty title', { title: '   ' }, 'title'],
    ['a long title', { title: 'x'.repeat(81) }, 'title'],
    ['a direction override', { title: 'a\u202eb' }, 'title'],
    ['a target widget that is not a KPI', { source: 'target', targetId: 't' }, 'targetId'],
  ])('refuses %s', (_name, change, path) => {
    const result = widgetFormSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
  it('spots hidden characters', () => {
    expect(hasHiddenCharacters('plain text')).toBe(false);
    expect(hasHiddenCharacters('tab\there')).toBe(true);
  });
});
