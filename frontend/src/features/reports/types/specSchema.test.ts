import { describe, expect, it } from 'vitest';
import { dealFields } from '../test/dealFields';
import { errorsUnder, MSG, operandError, saveReportSchema, specPath, validateSpec } from './specSchema';
import type { ReportSpec } from './reportTypes';

const summary = (patch: Partial<ReportSpec> = {}): ReportSpec => ({
  entity: 'deals', format: 'summary', groups: [{ field: 'stage.name' }], aggregates: [{ func: 'count' }, { func: 'sum', field: 'amount' }], ...patch,
});

describe('validateSpec', () => {
  it('accepts the summary of deals by stage with count and sum of amount', () => {
    expect(validateSpec(summary(), dealFields)).toEqual({});
  });

  it.each<{ name: string; spec: ReportSpec; path: string; message: string }>([
    { name: 'a table without columns', spec: { entity: 'deals', format: 'tabular' }, path: 'columns', message: MSG.columnsRequired },
    { name: 'an unknown column', spec: { entity: 'deals', format: 'tabular', columns: ['name', 'nope'] }, path: 'columns[1]', message: MSG.unknownField },
    { name: 'a masked column', spec: { entity: 'deals', format: 'tabular', columns: ['company.annualRevenue'] }, path: 'columns[0]', message: MSG.sensitive },
    { name: 'a filter without a field', spec: summary({ filters: [{ field: '', op: '' }] }), path: 'filters[0].field', message: MSG.chooseField },
    { name: 'an operator of another type', spec: summary({ filters: [{ field: 'name', op: 'lt', value: 'a' }] }), path: 'filters[0].op', message: MSG.opNotForField },
    { name: 'a missing value', spec: summary({ filters: [{ field: 'outcome', op: 'eq', value: '' }] }), path: 'filters[0].value', message: MSG.value },
    { name: 'text for a number', spec: summary({ filters: [{ field: 'probability', op: 'gt', value: 'ten' }] }), path: 'filters[0].value', message: MSG.number },
    { name: 'a bad date', spec: summary({ filters: [{ field: 'closedAt', op: 'lt', value: '2026-02-30' }] }), path: 'filters[0].value', message: MSG.date },
    { name: 'a between range upside down', spec: summary({ filters: [{ field: 'probability', op: 'between', values: [9, 1] }] }), path: 'filters[0].values', message: MSG.pairOrder },
    { name: 'an empty in-list', spec: summary({ filters: [{ field: 'outcome', op: 'in', values: [] }] }), path: 'filters[0].values', message: MSG.list },
    { name: 'too many days', spec: summary({ filters: [{ field: 'closedAt', op: 'lastNDays', n: 4000 }] }), path: 'filters[0].n', message: MSG.days },
    { name: 'a bool as text', spec: summary({ filters: [{ field: 'won', op: 'eq', value: 'yes' }] }), path: 'filters[0].value', message: MSG.bool },
    { name: 'a text over 800 bytes', spec: summary({ filters: [{ field: 'name', op: 'contains', value: 'é'.repeat(401) }] }), path: 'filters[0].value', message: MSG.text },
    { name: 'a matrix with one group', spec: summary({ format: 'matrix', aggregates: [{ func: 'count' }] }), path: 'groups', message: MSG.matrixGroups },
    { name: 'a matrix with two aggregates', spec: summary({ format: 'matrix', groups: [{ field: 'outcome' }, { field: 'product' }] }), path: 'aggregates', message: MSG.matrixAggregates },
    { name: 'a group on a number', spec: summary({ groups: [{ field: 'probability' }] }), path: 'groups[0].field', message: MSG.notGroupable },
    { name: 'a bucket on text', spec: summary({ groups: [{ field: 'outcome', bucket: 'month' }] }), path: 'groups[0].bucket', message: MSG.bucketOnlyDates },
    { name: 'the same group twice', spec: summary({ groups: [{ field: 'outcome' }, { field: 'outcome' }] }), path: 'groups[1].field', message: MSG.repeatGroup },
    { name: 'a sum of text', spec: summary({ aggregates: [{ func: 'sum', field: 'name' }] }), path: 'aggregates[0].field', message: MSG.numericOnly },
    { name: 'a sum of a masked field', spec: summary({ aggregates: [{ func: 'sum', field: 'company.annualRevenue' }] }), path: 'aggregates[0].field', message: MSG.sensitive },
    { name: 'the same aggregate twice', spec: summary({ aggregates: [{ func: 'count' }, { func: 'count' }] }), path: 'aggregates[1].key', message: MSG.repeatAggregate },
    { name: 'a sort key that is not in the report', spec: summary({ sort: [{ key: 'product' }] }), path: 'sort[0].key', message: MSG.sortKey },
  ])('flags $name at $path', ({ spec, path, message }) => {
    expect(validateSpec(spec, dealFields)[path]).toBe(message);
  });

  it.each([
    { name: 'filters', spec: summary({ filters: Array.from({ length: 21 }, () => ({ field: 'outcome', op: 'isEmpty' })) }), path: 'filters' },
    { name: 'aggregates', spec: summary({ aggregates: Array.from({ length: 11 }, (_, i) => ({ func: 'count', key: `c${i}` })) }), path: 'aggregates' },
    { name: 'groups', spec: summary({ groups: [{ field: 'outcome' }, { field: 'product' }, { field: 'name' }] }), path: 'groups' },
    { name: 'sort keys', spec: summary({ sort: [{ key: 'count' }, { key: 'count' }, { key: 'count' }, { key: 'count' }] }), path: 'sort' },
    { name: 'the limit', spec: summary({ limit: 10_000_001 }), path: 'limit' },
    { name: 'columns', spec: { entity: 'deals', format: 'tabular', columns: Array.from({ length: 51 }, () => 'name') }, path: 'columns' },
  ])('mirrors the backend limit on $name', ({ spec, path }) => {
    expect(validateSpec(spec, dealFields)[path]).toBeTruthy();
  });

  it('accepts relative periods, day counts, lists and ranges of the right types', () => {
    const spec = summary({
      filters: [
        { field: 'closedAt', op: 'thisQuarter' },
        { field: 'expectedClose', op: 'lastNDays', n: 90 },
        { field: 'outcome', op: 'in', values: ['won', 'lost'] },
        { field: 'probability', op: 'between', values: [10, 90] },
        { field: 'createdAt', op: 'between', values: ['2026-01-01', '2026-03-31'] },
        { field: 'won', op: 'eq', value: false },
        { field: 'tags', op: 'contains', value: 'vip' },
      ],
      groups: [{ field: 'closedAt', bucket: 'quarter' }, { field: 'outcome' }],
      sort: [{ key: 'closedAt', desc: true }],
    });
    expect(validateSpec(spec, dealFields)).toEqual({});
  });
});

describe('paths', () => {
  it('names spec parts as the backend does', () => {
    expect(specPath(['filters', 0, 'values', 1])).toBe('filters[0].values[1]');
    expect(specPath(['columns'])).toBe('columns');
  });
  it('finds the errors under a part', () => {
    const errors = { 'filters[1].value': 'x', 'columns[2]': 'y' };
    expect(errorsUnder(errors, 'filters[1]')).toBe('x');
    expect(errorsUnder(errors, 'columns')).toBe('y');
    expect(errorsUnder(errors, 'filters[0]')).toBeUndefined();
  });
  it('reads operands per type', () => {
    expect(operandError('money', 1e16)).toBe(MSG.number);
    expect(operandError('datetime', '2026-03-04T10:00:00Z')).toBeNull();
    expect(operandError('text', '', 'eq')).toBe(MSG.value);
  });
});

describe('saveReportSchema', () => {
  it('trims and limits the name and description like the backend', () => {
    expect(saveReportSchema.safeParse({ name: '  Pipeline  ', description: '', sharing: 'team' }).data?.name).toBe('Pipeline');
    expect(saveReportSchema.safeParse({ name: '   ', description: '', sharing: 'private' }).success).toBe(false);
    expect(saveReportSchema.safeParse({ name: 'x'.repeat(81), description: '', sharing: 'private' }).success).toBe(false);
    expect(saveReportSchema.safeParse({ name: 'x', description: 'd'.repeat(501), sharing: 'private' }).success).toBe(false);
    expect(saveReportSchema.safeParse({ name: 'x', description: '', sharing: 'world' }).success).toBe(false);
  });
});
