import { describe, expect, it } from 'vitest';
import { checkValues } from './checkInput';

describe('checkValues', () => {
  it('keeps the filled text fields the check reads', () => {
    expect(checkValues('contacts', { firstName: 'Ann', lastName: ' Lee ', email: '', title: 'CEO', tags: ['x'], companyId: 'c1' })).toEqual({
      firstName: 'Ann', lastName: 'Lee', companyId: 'c1',
    });
  });

  it('waits for an email, phone, domain or a two-letter name', () => {
    expect(checkValues('contacts', { firstName: 'Ann', lastName: 'L' })).toBeNull();
    expect(checkValues('leads', { email: 'a@b.io' })).toEqual({ email: 'a@b.io' });
    expect(checkValues('companies', { name: 'Ac' })).toEqual({ name: 'Ac' });
    expect(checkValues('companies', { domain: 'acme.io' })).toEqual({ domain: 'acme.io' });
  });

  it('is null for entities without duplicate rules', () => {
    expect(checkValues('deals', { name: 'Big deal' })).toBeNull();
  });
});
