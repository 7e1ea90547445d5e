import { describe, expect, it } from 'vitest';
import { CATEGORIES, objectTypeOf, recordPathOf, termOf } from './auditVocab';
import { EXPORT_SPECS, verifyCommand } from './exportSpecs';

describe('record object types', () => {
  it('maps sections to the singular the audit uses, and back to a path', () => {
    expect(objectTypeOf('contacts')).toBe('contact');
    expect(objectTypeOf('companies')).toBe('company');
    expect(objectTypeOf('activities')).toBe('activity');
    expect(objectTypeOf('widgets')).toBe('widgets');
    expect(recordPathOf('company', 'a b')).toBe('/companies/a%20b');
    expect(recordPathOf('user', 'u1')).toBeNull();
    expect(recordPathOf('contact', '')).toBeNull();
  });
  it('labels unknown terms as themselves', () => {
    expect(termOf(CATEGORIES, 'data').label).toBe('Data');
    expect(termOf(CATEGORIES, 'weird')).toEqual({ value: 'weird', label: 'weird', color: 'gray' });
  });
});

describe('export specs', () => {
  it('suggests dated file names with the right extension', () => {
    const at = new Date(2026, 4, 1, 14, 30);
    expect(EXPORT_SPECS.xlsx.fileName(at)).toBe('audit-log-2026-05-01-1430.xlsx');
    expect(EXPORT_SPECS.bundle.fileName(at)).toMatch(/^audit-log-2026-05-01-1430\.fvaudit$/);
  });
  it('spells the verify command', () => {
    expect(verifyCommand()).toBe('fieldvault audit verify FILE --pubkey KEY');
    expect(verifyCommand('ed25519:abc')).toBe('fieldvault audit verify FILE --pubkey ed25519:abc');
  });
});
