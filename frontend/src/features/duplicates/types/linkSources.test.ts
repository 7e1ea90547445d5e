import { describe, expect, it } from 'vitest';
import type { EntityDef, FieldDef } from './duplicateTypes';
import { countLinks, linkSources } from './linkSources';

const field = (name: string, type: string, ref = '', options: string[] = []) => ({ name, label: name, type, ref, options }) as FieldDef;
const entity = (name: string, fields: FieldDef[]) => ({ name, label: name.slice(0, -1), labelPlural: name, titleField: '', fields }) as EntityDef;

const schema = [
  entity('contacts', [field('companyId', 'ref', 'companies')]),
  entity('deals', [field('companyId', 'ref', 'companies'), field('primaryContactId', 'ref', 'contacts'), field('contactIds', 'refs', 'contacts'), field('stageId', 'ref', 'stages')]),
  entity('activities', [field('relatedEntity', 'enum', '', ['contacts', 'companies', 'leads', 'deals']), field('relatedId', 'ref', '')]),
  entity('tasks', [field('relatedEntity', 'enum', '', ['deals']), field('relatedId', 'ref', '')]),
];

describe('linkSources', () => {
  it('finds ref, refs and related links to a contact', () => {
    const sources = linkSources(schema, 'contacts', 'c1');
    expect(sources.map((s) => s.entity.name)).toEqual(['deals', 'activities']);
    expect(sources[0].queries).toEqual([
      { entity: 'deals', filters: [{ field: 'primaryContactId', op: 'eq', value: 'c1' }] },
      { entity: 'deals', filters: [{ field: 'contactIds', op: 'contains', value: 'c1' }] },
    ]);
    expect(sources[1].queries).toEqual([
      { entity: 'activities', filters: [{ field: 'relatedEntity', op: 'eq', value: 'contacts' }, { field: 'relatedId', op: 'eq', value: 'c1' }] },
    ]);
  });

  it('finds the contacts and deals of a company', () => {
    expect(linkSources(schema, 'companies', 'x').map((s) => s.entity.name)).toEqual(['contacts', 'deals', 'activities']);
  });
});

describe('countLinks', () => {
  const [deals] = linkSources(schema, 'contacts', 'c1');
  it('counts a record linked twice once', () => {
    expect(countLinks(deals, [{ ids: ['d1'], total: 1, capped: false }, { ids: ['d1', 'd2'], total: 2, capped: false }])).toEqual({
      label: 'deal', labelPlural: 'deals', count: 2, capped: false,
    });
  });

  it('says "at least" when a page was cut short', () => {
    expect(countLinks(deals, [{ ids: ['d1', 'd2'], total: 500, capped: false }, { ids: [], total: 0, capped: false }])).toMatchObject({ count: 500, capped: true });
  });
});
