import { describe, expect, it } from 'vitest';
import { formatLinkCount, joinList, mergeSummary } from './mergeSummary';

const activities = { label: 'Activity', labelPlural: 'Activities', count: 3, capped: false };
const deal = { label: 'Deal', labelPlural: 'Deals', count: 1, capped: false };

describe('mergeSummary', () => {
  it('says what goes to the Trash and what moves', () => {
    expect(mergeSummary({ survivor: 'Ann Lee', other: 'Ann Lee (2)', links: [activities, deal], taken: [] })).toEqual([
      'Ann Lee (2) goes to the Trash; its 3 activities, 1 deal move to Ann Lee.',
      'Ann Lee keeps all of its values.',
    ]);
  });

  it('says "moves" for a single linked record', () => {
    expect(mergeSummary({ survivor: 'A', other: 'B', links: [{ ...activities, count: 1 }], taken: [] })[0]).toBe('B goes to the Trash; its 1 activity moves to A.');
    expect(mergeSummary({ survivor: 'A', other: 'B', links: [{ ...activities, count: 1, capped: true }], taken: [] })[0]).toBe('B goes to the Trash; its 1+ activities move to A.');
  });

  it('leaves out entities with nothing linked and says when nothing links', () => {
    const none = { ...deal, count: 0 };
    expect(mergeSummary({ survivor: 'A', other: 'B', links: [none], taken: [] })[0]).toBe('B goes to the Trash; nothing you can see links to it.');
  });

  it('has a neutral sentence while the counts load', () => {
    expect(mergeSummary({ survivor: 'A', other: 'B', links: undefined, taken: [] })[0]).toBe(
      'B goes to the Trash; everything linked to it moves to A.',
    );
  });

  it('names the values taken from the other record', () => {
    expect(mergeSummary({ survivor: 'A', other: 'B', links: [], taken: ['Phone', 'Job title', 'Email'] })[1]).toBe(
      'A takes Phone, Job title and Email from B.',
    );
  });
});

describe('formatLinkCount', () => {
  it.each([
    [{ ...deal, count: 1 }, '1 deal'],
    [{ ...deal, count: 2 }, '2 deals'],
    [{ ...deal, count: 1, capped: true }, '1+ deals'],
    [{ ...activities, count: 1200, capped: true }, '1,200+ activities'],
  ])('%o → %s', (link, text) => expect(formatLinkCount(link)).toBe(text));
});

describe('joinList', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('%o → %s', (items, text) => expect(joinList(items)).toBe(text));
});
