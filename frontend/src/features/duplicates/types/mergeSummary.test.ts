import { describe, expect, it } from 'vitest';
import { formatLinkCount, joinList, mergeSummary } from './mergeSummary';

const activities = { label: 'Activity', labelPlural: 'Activities', total: 3, readable: 3 };
const deal = { label: 'Deal', labelPlural: 'Deals', total: 1, readable: 1 };

describe('mergeSummary', () => {
  it('says what goes to the Trash and what moves', () => {
    expect(mergeSummary({ survivor: 'Ann Lee', other: 'Ann Lee (2)', links: [activities, deal], taken: [] })).toEqual([
      'Ann Lee (2) goes to the Trash; its 3 activities, 1 deal move to Ann Lee.',
      'Ann Lee keeps all of its values.',
    ]);
  });

  it('says "moves" for a single linked record', () => {
    expect(mergeSummary({ survivor: 'A', other: 'B', links: [{ ...activities, total: 1, readable: 1 }], taken: [] })[0]).toBe('B goes to the Trash; its 1 activity moves to A.');
  });

  it('leaves out entities with nothing linked and says when nothing links', () => {
    const none = { ...deal, total: 0, readable: 0 };
    expect(mergeSummary({ survivor: 'A', other: 'B', links: [none], taken: [] })[0]).toBe('B goes to the Trash; nothing links to it.');
  });

  it.each([
    [[{ ...activities, readable: 1 }], 'You cannot open 2 of them (someone else\'s, or in the Trash); they move too.'],
    [[activities, { ...deal, readable: 0 }], 'You cannot open 1 of them (someone else\'s, or in the Trash); it moves too.'],
    [[{ ...activities, readable: 0 }], 'You cannot open any of them (someone else\'s, or in the Trash); they move too.'],
    [[{ ...deal, readable: 0 }], 'You cannot open it (someone else\'s, or in the Trash); it moves too.'],
  ])('says how many of the records that move the merger cannot open: %o', (links, sentence) => {
    const lines = mergeSummary({ survivor: 'A', other: 'B', links, taken: [] });
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(sentence);
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
    [{ ...deal, total: 1 }, '1 deal'],
    [{ ...deal, total: 2 }, '2 deals'],
    [{ ...activities, total: 1200 }, '1,200 activities'],
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
