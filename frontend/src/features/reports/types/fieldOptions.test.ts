import { describe, expect, it } from 'vitest';
import { dealFields } from '../test/dealFields';
import { fieldGroup, fieldOptions, groupableFor } from './fieldOptions';

describe('field options', () => {
  const groups = fieldOptions(dealFields);
  it('lists own fields first, related records next, record info last', () => {
    expect(groups.map((g) => g.group)).toEqual(['Fields', 'Stage', 'Company', 'Record info']);
    expect(fieldGroup({ key: 'owner.name' })).toBe('Owner');
  });
  it('keeps masked fields listed but disabled', () => {
    const company = groups.find((g) => g.group === 'Company')!;
    expect(company.items).toEqual([{ value: 'company.annualRevenue', label: 'Company annual revenue', disabled: true }]);
  });
  it('tells a record id from the name field that shares its label', () => {
    const fields = groups.find((g) => g.group === 'Fields')!.items;
    expect(fields.find((o) => o.value === 'stageId')?.label).toBe('Stage (record ID)');
    expect(groups.find((g) => g.group === 'Stage')!.items).toEqual([{ value: 'stage.name', label: 'Stage' }]);
    expect(fields.find((o) => o.value === 'companyId')?.label).toBe('Company');
  });
  it('offers no raw record ids to group by, unless one is already chosen', () => {
    const keys = (current: string) => fieldOptions(dealFields, groupableFor(current)).flatMap((g) => g.items.map((o) => o.value));
    expect(keys('')).not.toContain('stageId');
    expect(keys('')).toContain('stage.name');
    expect(keys('')).not.toContain('amount');
    expect(keys('stageId')).toContain('stageId');
  });
});
