import { describe, expect, it } from 'vitest';
import { canDeleteReport, describeShape, fileSlug, filterReports, ownerLabel, problemText, reportRoute } from './reportList';
import type { ReportInfo } from './reportTypes';

const report = (patch: Partial<ReportInfo>): ReportInfo => ({
  id: 'r1', name: 'Pipeline by stage', description: 'Open deals per stage.', builtin: false, sharing: 'private', mine: true,
  spec: { entity: 'deals', format: 'summary' }, runnable: true, ...patch,
});

describe('report list', () => {
  const reports = [
    report({ id: 'builtin:a', name: 'Revenue by region', builtin: true, description: 'Won revenue.' }),
    report({ id: 'r2', name: 'My pipeline', description: 'Open deals per stage.' }),
  ];
  it('searches names and descriptions for every word, case-insensitively', () => {
    expect(filterReports(reports, 'REVENUE').map((r) => r.id)).toEqual(['builtin:a']);
    expect(filterReports(reports, 'deals stage').map((r) => r.id)).toEqual(['r2']);
    expect(filterReports(reports, '  ').map((r) => r.id)).toEqual(['builtin:a', 'r2']);
  });
  it('filters built-in or saved', () => {
    expect(filterReports(reports, '', 'builtin').map((r) => r.id)).toEqual(['builtin:a']);
    expect(filterReports(reports, '', 'saved').map((r) => r.id)).toEqual(['r2']);
  });
  it('says what a report shows and whose it is', () => {
    expect(describeShape({ format: 'summary', entity: 'deals' }, 'Deals')).toBe('Summary of deals');
    expect(describeShape({ entity: 'contacts' })).toBe('Table of contacts');
    expect(ownerLabel(report({ builtin: true }))).toBe('Built-in');
    expect(ownerLabel(report({ mine: true }))).toBe('You');
    expect(ownerLabel(report({ mine: false, ownerId: 'u2' }), { u2: 'Ben' })).toBe('Ben');
    expect(ownerLabel(report({ mine: false, ownerId: 'u2' }))).toBe('Another user');
  });
  it('offers delete for own saved reports, or any saved one with reports.manage', () => {
    expect(canDeleteReport(report({ builtin: true }), true)).toBe(false);
    expect(canDeleteReport(report({ mine: true }), false)).toBe(true);
    expect(canDeleteReport(report({ mine: false }), false)).toBe(false);
    expect(canDeleteReport(report({ mine: false }), true)).toBe(true);
  });
  it('makes file names and routes', () => {
    expect(fileSlug('Ventas por región — Q4!')).toBe('ventas-por-region-q4');
    expect(fileSlug('***')).toBe('report');
    expect(reportRoute('builtin:pipeline-by-stage', true)).toBe('/reports/builtin%3Apipeline-by-stage/edit');
  });
  it('words why a report cannot run', () => {
    expect(problemText('This field is confidential: … needs the sensitive.view permission.')).toMatch(/^it uses confidential fields/);
    expect(problemText('Unknown record type.')).toBe('Unknown record type.');
    expect(problemText(undefined)).toBe('it uses data your role cannot see.');
  });
});
