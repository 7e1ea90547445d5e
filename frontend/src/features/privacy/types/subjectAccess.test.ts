import { describe, expect, it } from 'vitest';
import { canExportSubject, nameSlug, subjectDoneMessage, subjectFileName, subjectProgressText } from './subjectAccess';

const session = (permissions: string[]) => ({ permissions, grants: [] });

describe('canExportSubject', () => {
  it('needs contacts, data.export and sensitive.view', () => {
    expect(canExportSubject(session(['data.export', 'sensitive.view']), 'contacts')).toBe(true);
    expect(canExportSubject(session(['data.export', 'sensitive.view']), 'deals')).toBe(false);
    expect(canExportSubject(session(['data.export']), 'contacts')).toBe(false);
    expect(canExportSubject(session(['sensitive.view']), 'contacts')).toBe(false);
    expect(canExportSubject(undefined, 'contacts')).toBe(false);
  });
});

describe('file names', () => {
  const at = new Date(2026, 4, 1, 14, 30);
  it('slugs names safely', () => {
    expect(nameSlug('Zoë Müller-Strauß')).toBe('zoe-muller-strau');
    expect(nameSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(nameSlug('  ')).toBe('');
  });
  it('names the file after the person, or the id', () => {
    expect(subjectFileName('json', 'abc', at, 'Dana Subject')).toBe('subject-access-dana-subject-2026-05-01-1430.json');
    expect(subjectFileName('xlsx', '05d73829aedb331f', at)).toBe('subject-access-05d73829-2026-05-01-1430.xlsx');
  });
});

describe('messages', () => {
  it('reports progress and the result', () => {
    expect(subjectProgressText(0, 0, null)).toBe('Starting…');
    expect(subjectProgressText(3, 8, 37)).toBe('Step 3 of 8 (37%)');
    expect(subjectDoneMessage('/tmp/x.json', 1)).toContain('1 item saved to /tmp/x.json');
    expect(subjectDoneMessage('/tmp/x.json', 1234)).toContain('1,234 items');
  });
});
