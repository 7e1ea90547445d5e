import { describe, expect, it } from 'vitest';
import { companyFields, contactFields } from '../test/entityFixtures';
import { buildImportRequest, checkMapping, defaultSettings, type ImportSettings } from './importSettings';
import type { ImportMode } from './importTypes';
import { mappingTargets } from './mappingTargets';

const header = ['First', 'Last', 'Mail'];
const targets = mappingTargets('contacts', contactFields);
const settings = (patch: Partial<ImportSettings> = {}): ImportSettings => ({ ...defaultSettings('contacts', ['firstName', 'lastName', 'email']), ...patch });
const check = (mapping: string[], s = settings(), modes: readonly ImportMode[] = ['create', 'update', 'upsert']) =>
  checkMapping({ entity: 'contacts', header, mapping, targets, settings: s, modes: [...modes] });

describe('defaultSettings', () => {
  it('creates, matches people by email when mapped, reads formats automatically and skips likely duplicates', () => {
    expect(settings()).toEqual({ mode: 'create', matchKey: 'email', decimal: '', dateOrder: '', skipDuplicates: true, createCompanies: false });
    expect(defaultSettings('companies', ['name'], 'update').mode).toBe('update');
  });
});

describe('checkMapping', () => {
  it('lets a complete mapping run', () => {
    const got = check(['firstName', 'lastName', 'email']);
    expect(got).toEqual({ columns: {}, required: [], matchKey: '', mode: '', empty: false, blocking: false });
  });
  it('blocks a field chosen twice', () => {
    const got = check(['lastName', 'lastName', 'email']);
    expect(got.blocking).toBe(true);
    expect(Object.keys(got.columns)).toEqual(['0', '1']);
  });
  it('blocks a missing last name when creating, not when updating', () => {
    expect(check(['firstName', '', 'email']).required).toEqual(['Map a column to Last name or Full name: new records need it.']);
    expect(check(['firstName', '', 'email'], settings({ mode: 'update' })).blocking).toBe(false);
  });
  it('blocks an empty mapping', () => {
    const got = check(['', '', ''], settings({ matchKey: '' }));
    expect(got.empty).toBe(true);
    expect(got.blocking).toBe(true);
  });
  it('blocks a match key whose column is not mapped', () => {
    expect(check(['firstName', 'lastName', ''], settings({ matchKey: 'email' })).matchKey).toMatch(/^Map the column with the emails/);
  });
  it('blocks a mode the role may not use', () => {
    expect(check(['firstName', 'lastName', 'email'], settings({ mode: 'upsert' }), ['create']).mode).not.toBe('');
  });
});

describe('buildImportRequest', () => {
  const info = { path: '/tmp/a.csv', header, mapping: [{ column: 2, header: 'Mail', field: 'email', suggested: true }] };
  it('puts file, overrides, mapping and settings together', () => {
    const req = buildImportRequest('contacts', info, { sheet: '', delimiter: ';', encoding: '', headerRow: 2 }, ['firstName', 'lastName', 'email'], settings({ createCompanies: true }));
    expect(req).toMatchObject({ path: '/tmp/a.csv', entity: 'contacts', delimiter: ';', headerRow: 2, mode: 'create', matchKey: 'email', skipDuplicates: true, createCompanies: true });
    expect(req.mapping[2]).toEqual({ column: 2, header: 'Mail', field: 'email', suggested: true });
  });
  it('never asks companies to create companies', () => {
    const req = buildImportRequest('companies', { ...info, header: ['Name'] }, { sheet: '', delimiter: '', encoding: '', headerRow: 0 }, ['name'], { ...settings(), matchKey: '', createCompanies: true });
    expect(req.createCompanies).toBe(false);
    expect(mappingTargets('companies', companyFields).length).toBeGreaterThan(0);
  });
  it('refuses a setting the backend does not know', () => {
    expect(() => buildImportRequest('contacts', info, { sheet: '', delimiter: '', encoding: '', headerRow: 0 }, ['lastName'], { ...settings(), mode: 'merge' as never })).toThrow();
  });
});
