import { describe, expect, it } from 'vitest';
import { dealFields } from '../test/dealFields';
import { aggregateKey, aggregateLabel, defaultColumns, draftFromSpec, newDraft, sortKeys, specFromDraft, withEntity, withFormat, type SpecDraft } from './specDraft';
import type { CatalogEntity } from './reportTypes';

const catalog: CatalogEntity[] = [
  { entity: 'contacts', label: 'Contacts', fields: [{ ...dealFields[3], key: 'lastName', label: 'Last name' }] },
  { entity: 'deals', label: 'Deals', fields: dealFields },
];
const draft = (patch: Partial<SpecDraft> = {}): SpecDraft => ({ ...newDraft(catalog), ...patch });

describe('a new report', () => {
  it('starts as a table of deals with their main visible fields', () => {
    const d = newDraft(catalog);
    expect(d.entity).toBe('deals');
    expect(d.format).toBe('tabular');
    expect(d.columns).toEqual(['name', 'amount', 'expectedClose', 'product', 'outcome']);
  });
  it('never picks record ids, references or confidential fields as default columns', () => {
    const cols = defaultColumns(dealFields.map((f) => (f.key === 'amount' ? { ...f, masked: true } : f)));
    expect(cols).not.toContain('amount');
    expect(cols).not.toContain('companyId');
    expect(cols).not.toContain('id');
  });
  it('switching the record type starts its fields over and keeps the format', () => {
    const d = withEntity(draft({ format: 'summary', filters: [{ field: 'outcome', op: 'eq', value: 'won' }] }), 'contacts', catalog);
    expect(d).toMatchObject({ entity: 'contacts', format: 'summary', filters: [], groups: [], aggregates: [{ func: 'count' }], columns: ['lastName'] });
  });
});

describe('withFormat', () => {
  it('gives a summary a count when it has no aggregate', () => {
    expect(withFormat(draft(), 'summary', dealFields).aggregates).toEqual([{ func: 'count' }]);
  });
  it("does not turn a table's untouched default columns into drill-down columns", () => {
    expect(withFormat(newDraft(catalog), 'summary', dealFields).columns).toEqual([]);
    expect(withFormat(draft({ columns: ['name'] }), 'summary', dealFields).columns).toEqual(['name']);
    expect(withFormat(draft({ format: 'summary', columns: [] }), 'tabular', dealFields).columns).toEqual(newDraft(catalog).columns);
  });
  it('keeps one aggregate for a matrix', () => {
    const d = withFormat(draft({ aggregates: [{ func: 'count' }, { func: 'sum', field: 'amount' }] }), 'matrix', dealFields);
    expect(d.aggregates).toEqual([{ func: 'count' }]);
  });
  it('drops sort keys the new format cannot use', () => {
    const d = withFormat(
      draft({ format: 'summary', groups: [{ field: 'outcome' }], aggregates: [{ func: 'count' }], sort: [{ key: 'count', desc: true }, { key: 'outcome' }] }),
      'tabular',
      dealFields,
    );
    expect(d.sort).toEqual([{ key: 'outcome' }]);
  });
  it('keeps groups and aggregates in the draft when switching to a table (they are only left out of the spec)', () => {
    const d = withFormat(draft({ format: 'summary', groups: [{ field: 'outcome' }], aggregates: [{ func: 'count' }] }), 'tabular', dealFields);
    expect(d.groups).toHaveLength(1);
    expect(specFromDraft(d).groups).toBeUndefined();
    expect(specFromDraft(d).aggregates).toBeUndefined();
  });
});

describe('specFromDraft', () => {
  it('builds the summary of deals by stage with count and sum of amount', () => {
    const spec = specFromDraft(
      draft({
        format: 'summary',
        columns: [],
        groups: [{ field: 'stage.name', bucket: '' }],
        aggregates: [{ func: 'count', field: 'amount', label: ' ' }, { func: 'sum', field: 'amount', label: '' }],
        sort: [{ key: 'sum:amount', desc: true }, { key: '' }],
      }),
    );
    expect(spec).toEqual({
      entity: 'deals',
      format: 'summary',
      groups: [{ field: 'stage.name' }],
      aggregates: [{ func: 'count' }, { func: 'sum', field: 'amount' }],
      sort: [{ key: 'sum:amount', desc: true }],
    });
  });
  it('keeps only the operand each condition takes', () => {
    const spec = specFromDraft(
      draft({
        filters: [
          { field: 'outcome', op: 'isEmpty', value: 'stale', values: ['x'] },
          { field: 'closedAt', op: 'lastNDays', n: 90, value: '2026-01-01' },
          { field: 'amount', op: 'between', values: [1, 2], value: 3 },
          { field: 'outcome', op: 'eq', value: 'won', n: 4 },
        ],
      }),
    );
    expect(spec.filters).toEqual([
      { field: 'outcome', op: 'isEmpty' },
      { field: 'closedAt', op: 'lastNDays', n: 90 },
      { field: 'amount', op: 'between', values: [1, 2] },
      { field: 'outcome', op: 'eq', value: 'won' },
    ]);
  });
  it('sends a summary its drill-down columns, a limit and a comparison', () => {
    const spec = specFromDraft(draft({ format: 'summary', columns: ['name'], limit: 10, compare: 'previousPeriod', aggregates: [{ func: 'count' }] }));
    expect(spec).toMatchObject({ columns: ['name'], limit: 10, compare: 'previousPeriod' });
  });
  it('keeps the conditions of a copied aggregate', () => {
    const won = [{ field: 'outcome', op: 'eq', value: 'won' }];
    const spec = specFromDraft(draft({ format: 'summary', aggregates: [{ key: 'winRate', label: 'Win rate', func: 'percent', where: won, field: 'amount' }] }));
    expect(spec.aggregates).toEqual([{ key: 'winRate', label: 'Win rate', func: 'percent', where: won }]);
  });
  it('round-trips a built-in spec through the draft', () => {
    const builtin = {
      entity: 'deals', format: 'matrix', filters: [{ field: 'closedAt', op: 'lastNDays', n: 365 }],
      groups: [{ field: 'closedAt', bucket: 'month' }, { field: 'outcome' }], aggregates: [{ key: 'deals', label: 'Deals', func: 'count' }],
    };
    expect(specFromDraft(draftFromSpec(builtin))).toEqual(builtin);
  });
});

describe('aggregate keys, labels and sort keys', () => {
  it('names aggregates like the backend', () => {
    expect(aggregateKey({ func: 'count' })).toBe('count');
    expect(aggregateKey({ func: 'sum', field: 'amount' })).toBe('sum:amount');
    expect(aggregateKey({ func: 'sum', field: 'amount', key: 'revenue' })).toBe('revenue');
    expect(aggregateLabel({ func: 'avg', field: 'amount' }, dealFields)).toBe('Average of amount');
    expect(aggregateLabel({ func: 'count', label: 'Deals' }, dealFields)).toBe('Deals');
  });
  it('lets a summary sort by its groups and aggregates, a matrix only by its row group', () => {
    const groups = [{ field: 'stage.name' }, { field: 'outcome' }];
    const aggregates = [{ func: 'sum', field: 'amount' }];
    expect(sortKeys({ format: 'summary', groups, aggregates }, dealFields)).toEqual(['stage.name', 'outcome', 'sum:amount']);
    expect(sortKeys({ format: 'matrix', groups, aggregates }, dealFields)).toEqual(['stage.name', 'sum:amount']);
  });
  it('lets a table sort by visible groupable or numeric fields', () => {
    const keys = sortKeys({ format: 'tabular', groups: [], aggregates: [] }, dealFields);
    expect(keys).toContain('amount');
    expect(keys).not.toContain('tags');
    expect(keys).not.toContain('company.annualRevenue');
  });
});
