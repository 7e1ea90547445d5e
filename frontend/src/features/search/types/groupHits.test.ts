import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../api/searchApi';
import { groupHits, hitPath, searchable } from './groupHits';

const hit = (entity: string, id: string, title = id): SearchHit => ({ entity, id, title, subtitle: '' });

describe('groupHits', () => {
  it('returns no groups for nothing', () => {
    expect(groupHits(null)).toEqual([]);
    expect(groupHits([])).toEqual([]);
  });
  it('groups by entity in sidebar order, keeping rank within a group', () => {
    const groups = groupHits([hit('deals', 'd1'), hit('contacts', 'c2'), hit('companies', 'o1'), hit('contacts', 'c1')]);
    expect(groups.map((g) => g.label)).toEqual(['Contacts', 'Companies', 'Deals']);
    expect(groups[0].hits.map((h) => h.id)).toEqual(['c2', 'c1']);
  });
  it('puts unknown entities last under their own name', () => {
    const groups = groupHits([hit('invoices', 'i1'), hit('tasks', 't1')]);
    expect(groups.map((g) => g.label)).toEqual(['Tasks', 'Invoices']);
  });
  it('drops duplicates and keeps hostile titles verbatim', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const groups = groupHits([hit('leads', 'l1', evil), hit('leads', 'l1', evil)]);
    expect(groups).toHaveLength(1);
    expect(groups[0].hits).toEqual([hit('leads', 'l1', evil)]);
  });
});

describe('searchable / hitPath', () => {
  it.each([['', false], [' a ', false], ['ab', true], ['  ana', true]])('%j → %s', (q, want) => expect(searchable(q)).toBe(want));
  it('encodes the id', () => expect(hitPath({ entity: 'contacts', id: 'a/b' })).toBe('/contacts/a%2Fb'));
});
