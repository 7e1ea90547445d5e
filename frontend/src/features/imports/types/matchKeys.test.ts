import { describe, expect, it } from 'vitest';
import { allowedModes, defaultMatchKey, isMatchKeyAvailable, matchKeyField, matchKeyOptions, matchKeyProblem } from './matchKeys';

describe('matchKeyOptions', () => {
  it.each([
    ['contacts', ['', 'email', 'externalId', 'phone', 'nameCompany'], 'Name and company'],
    ['leads', ['', 'email', 'externalId', 'phone', 'nameCompany'], 'Name and company'],
    ['companies', ['', 'externalId', 'phone', 'nameCompany'], 'Name'],
    ['deals', ['', 'externalId', 'nameCompany'], 'Name and company'],
  ] as const)('%s', (entity, keys, nameLabel) => {
    const options = matchKeyOptions(entity);
    expect(options.map((o) => o.value)).toEqual(keys);
    expect(options.find((o) => o.value === 'nameCompany')?.label).toBe(nameLabel);
  });

  it('email never matches companies or deals; phone never deals', () => {
    expect(isMatchKeyAvailable('companies', 'email')).toBe(false);
    expect(isMatchKeyAvailable('deals', 'phone')).toBe(false);
    expect(isMatchKeyAvailable('leads', 'phone')).toBe(true);
  });
});

describe('matchKeyField', () => {
  it('names the column a key reads', () => {
    expect(matchKeyField('contacts', 'nameCompany')).toBe('lastName');
    expect(matchKeyField('deals', 'nameCompany')).toBe('name');
    expect(matchKeyField('contacts', 'email')).toBe('email');
    expect(matchKeyField('contacts', '')).toBe('');
  });
});

describe('matchKeyProblem', () => {
  const mapped = new Set(['lastName', 'email']);
  it.each([
    { name: 'email mapped', entity: 'contacts', mode: 'create', key: 'email', mapped, want: '' },
    { name: 'no key to create', entity: 'contacts', mode: 'create', key: '', mapped, want: '' },
    { name: 'no key to update', entity: 'contacts', mode: 'update', key: '', mapped, want: 'Choose how rows find the records they update.' },
    { name: 'phone not mapped', entity: 'contacts', mode: 'upsert', key: 'phone', mapped, want: 'Map the column with the phone numbers to match on Phone.' },
    { name: 'full name covers the last name', entity: 'leads', mode: 'upsert', key: 'nameCompany', mapped: new Set(['fullName']), want: '' },
    { name: 'company name missing', entity: 'companies', mode: 'upsert', key: 'nameCompany', mapped: new Set(['domain']), want: 'Map the column with the names to match on Name.' },
    { name: 'email on deals', entity: 'deals', mode: 'create', key: 'email', mapped, want: 'These records cannot be matched that way.' },
  ] as const)('$name', ({ entity, mode, key, mapped: m, want }) => {
    expect(matchKeyProblem(entity, mode, key, m)).toBe(want);
  });
});

describe('defaultMatchKey / allowedModes', () => {
  it('starts people on email when it is mapped', () => {
    expect(defaultMatchKey('contacts', new Set(['email']))).toBe('email');
    expect(defaultMatchKey('contacts', new Set(['lastName']))).toBe('');
    expect(defaultMatchKey('companies', new Set(['email']))).toBe('');
  });
  it('follows create and update scope', () => {
    expect(allowedModes(true, true)).toEqual(['create', 'update', 'upsert']);
    expect(allowedModes(true, false)).toEqual(['create']);
    expect(allowedModes(false, true)).toEqual(['update']);
    expect(allowedModes(false, false)).toEqual([]);
  });
});
