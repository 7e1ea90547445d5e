import type { CatalogField } from '../types/reportTypes';

const f = (key: string, label: string, type: string, extra: Partial<CatalogField> = {}): CatalogField => ({
  key, label, type, sensitive: false, masked: false,
  groupable: !['longtext', 'tags', 'refs', 'number', 'money'].includes(type),
  numeric: type === 'number' || type === 'money',
  operators: [],
  ...extra,
});

/** Deal fields as the catalog sends them (operators left to the type defaults). */
export const dealFields: CatalogField[] = [
  f('id', 'Record ID', 'ref'),
  f('createdAt', 'Created', 'datetime'),
  f('ownerId', 'Owner ID', 'ref'),
  f('name', 'Name', 'text'),
  f('companyId', 'Company', 'ref'),
  f('stageId', 'Stage', 'ref'),
  f('amount', 'Amount', 'money', { sensitive: true }),
  f('expectedClose', 'Expected close', 'date'),
  f('product', 'Product', 'enum'),
  f('outcome', 'Outcome', 'enum'),
  f('closedAt', 'Closed on', 'date'),
  f('probability', 'Probability', 'number'),
  f('won', 'Won', 'bool'),
  f('tags', 'Tags', 'tags'),
  f('stage.name', 'Stage', 'text'),
  f('company.annualRevenue', 'Company annual revenue', 'money', { sensitive: true, masked: true }),
];
