import type { EntityField, ImportableEntity } from '../types/importTypes';

const f = (name: string, label: string, type = 'text', extra: Partial<EntityField> = {}): EntityField => ({
  name, label, type, required: false, readOnly: false, ...extra,
});

/** The contact fields of backend/schema/entities.go (enough of them for the mapping rules). */
export const contactFields: EntityField[] = [
  f('firstName', 'First name'),
  f('lastName', 'Last name', 'text', { required: true }),
  f('title', 'Job title'),
  f('companyId', 'Company', 'ref'),
  f('email', 'Email', 'email'),
  f('phone', 'Phone', 'phone'),
  f('tags', 'Tags', 'tags'),
  f('externalId', 'External ID'),
];

export const companyFields: EntityField[] = [
  f('name', 'Name', 'text', { required: true }),
  f('domain', 'Domain'),
  f('phone', 'Phone', 'phone'),
  f('annualRevenue', 'Annual revenue', 'money'),
  f('externalId', 'External ID'),
];

export const dealFields: EntityField[] = [
  f('name', 'Name', 'text', { required: true }),
  f('companyId', 'Company', 'ref'),
  f('contactIds', 'Contacts', 'refs'),
  f('amount', 'Amount', 'money'),
  f('leadId', 'Lead', 'ref', { readOnly: true }),
  f('externalId', 'External ID'),
];

export const contactsEntity: ImportableEntity = { name: 'contacts', label: 'Contact', labelPlural: 'Contacts', fields: contactFields };
