import { describe, expect, it } from 'vitest';
import type { EntityDef, FieldDef } from '../api/recordsApi';
import { relatedListQuery, relatedSources, relatedTitle, summaryFields } from './relatedRecords';

const f = (name: string, type: string, over: Partial<FieldDef> = {}) => ({ name, type, label: name, ref: '', inList: false, ...over }) as FieldDef;
const entity = (name: string, labelPlural: string, fields: FieldDef[]) => ({ name, label: name, labelPlural, titleField: 'name', fields }) as EntityDef;

const deals = entity('deals', 'Deals', [
  f('name', 'text', { inList: true }),
  f('primaryContactId', 'ref', { ref: 'contacts' }),
  f('contactIds', 'refs', { ref: 'contacts', label: 'Contacts' }),
  f('stageId', 'ref', { ref: 'stages', inList: true }),
  f('amount', 'money', { inList: true }),
  f('expectedClose', 'date', { inList: true }),
]);
const contacts = entity('contacts', 'Contacts', [f('name', 'text'), f('peers', 'refs', { ref: 'contacts' })]);
const tasks = entity('tasks', 'Tasks', [f('name', 'text'), f('watchers', 'refs', { ref: 'contacts', label: 'Watchers' }),
  f('helpers', 'refs', { ref: 'contacts', label: 'Helpers' })]);
const schema = [contacts, deals, tasks];

describe('relatedSources', () => {
  it('lists other entities with a refs field to the target, the viewer may read', () => {
    const all = relatedSources(schema, 'contacts', () => true);
    expect(all.map((s) => `${s.entity.name}.${s.field.name}`)).toEqual(['deals.contactIds', 'tasks.watchers', 'tasks.helpers']);
  });
  it('skips entities the viewer may not read', () => {
    expect(relatedSources(schema, 'contacts', (e) => e !== 'deals').map((s) => s.entity.name)).toEqual(['tasks', 'tasks']);
    expect(relatedSources(schema, 'contacts', () => false)).toEqual([]);
  });
  it('has none for an entity nothing links to with refs', () => {
    expect(relatedSources(schema, 'companies', () => true)).toEqual([]);
  });
  it('names a panel by entity, and by field when one entity links twice', () => {
    const all = relatedSources(schema, 'contacts', () => true);
    expect(all.map((s) => relatedTitle(s, all))).toEqual(['Deals', 'Tasks (Watchers)', 'Tasks (Helpers)']);
  });
});

describe('relatedListQuery / summaryFields', () => {
  it('lists the first 20 deals whose contacts include the id', () => {
    expect(relatedListQuery({ entity: deals, field: deals.fields[2] }, 'c_1')).toEqual({
      entity: 'deals', filters: [{ field: 'contactIds', op: 'contains', value: 'c_1' }],
      search: '', sort: '', desc: true, offset: 0, limit: 20, trash: false,
    });
  });
  it('shows the stage and the first listed date of deals', () => {
    expect(summaryFields(deals).map((x) => x.name)).toEqual(['stageId', 'expectedClose']);
    expect(summaryFields(tasks)).toEqual([]);
  });
});
