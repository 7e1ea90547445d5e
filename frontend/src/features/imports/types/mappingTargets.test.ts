import { describe, expect, it } from 'vitest';
import { companyFields, contactFields, dealFields } from '../test/entityFixtures';
import { mappedTypes, mappingTargets, targetLabel } from './mappingTargets';

describe('mappingTargets', () => {
  it('offers a person’s fields, then Full name and Owner', () => {
    const values = mappingTargets('contacts', contactFields).map((t) => t.value);
    expect(values).toEqual(['firstName', 'lastName', 'title', 'companyId', 'email', 'phone', 'tags', 'externalId', 'fullName', 'owner']);
  });

  it('leaves out read-only fields and lists of links; no Full name for deals and companies', () => {
    expect(mappingTargets('deals', dealFields).map((t) => t.value)).toEqual(['name', 'companyId', 'amount', 'externalId', 'owner']);
    expect(mappingTargets('companies', companyFields).map((t) => t.value)).not.toContain('fullName');
  });

  it('keeps the required flag and labels', () => {
    const targets = mappingTargets('companies', companyFields);
    expect(targets.find((t) => t.value === 'name')?.required).toBe(true);
    expect(targetLabel(targets, 'owner')).toBe('Owner (user name)');
    expect(targetLabel(targets, 'nope')).toBe('nope');
  });
});

describe('mappedTypes', () => {
  it('collects the types of the mapped fields', () => {
    const targets = mappingTargets('companies', companyFields);
    expect(mappedTypes(['name', '', 'annualRevenue'], targets)).toEqual(new Set(['text', 'money']));
    expect(mappedTypes([], targets)).toEqual(new Set());
  });
});
