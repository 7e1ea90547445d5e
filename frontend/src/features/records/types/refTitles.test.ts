import { describe, expect, it } from 'vitest';
import { formatRefTitles, HIDDEN_RECORD, refEntries, refTitle, refTitlesOf, sameIdSet, toIdList, UNTITLED } from './refTitles';

const titles = { c1: 'Ana Ruiz', c2: 'Bo Chen', c4: '' };

describe('refTitlesOf', () => {
  it('reads refTitles when the backend sends it', () => {
    expect(refTitlesOf({ id: 'd1', refTitles: titles })).toBe(titles);
  });
  it.each([undefined, null, {}, { refTitles: null }, { refTitles: 'x' }])('tolerates %j', (record) => {
    expect(refTitlesOf(record)).toEqual({});
  });
});

describe('toIdList', () => {
  it('drops blanks, non-strings and duplicates, keeping order', () => {
    expect(toIdList(['c2', '', 'c1', 'c2', 7, null, 'c3'])).toEqual(['c2', 'c1', 'c3']);
  });
  it.each([undefined, null, 'c1', { c1: true }])('is [] for %j', (v) => expect(toIdList(v)).toEqual([]));
});

describe('titles of linked records', () => {
  it('names readable records and hides the others', () => {
    expect(refTitle('c1', titles)).toBe('Ana Ruiz');
    expect(refTitle('c3', titles)).toBe(HIDDEN_RECORD);
    expect(refTitle('c4', titles)).toBe(UNTITLED);
    expect(refTitle('constructor', titles)).toBe(HIDDEN_RECORD);
  });
  it('lists entries in stored order with the hidden ones marked', () => {
    expect(refEntries(['c3', 'c1'], titles)).toEqual([
      { id: 'c3', title: HIDDEN_RECORD, hidden: true },
      { id: 'c1', title: 'Ana Ruiz', hidden: false },
    ]);
  });
  it('joins titles for one line of text, never showing a hidden id', () => {
    const text = formatRefTitles(['c1', 'secret-id', 'c2'], titles);
    expect(text).toBe(`Ana Ruiz, ${HIDDEN_RECORD}, Bo Chen`);
    expect(text).not.toContain('secret-id');
    expect(formatRefTitles([], titles)).toBe('');
  });
});

describe('sameIdSet', () => {
  it.each([
    [['a', 'b'], ['b', 'a'], true],
    [['a', 'b'], ['a', 'b', 'b'], true],
    [[], null, true],
    [['a'], ['a', 'b'], false],
    [['a', 'c'], ['a', 'b'], false],
  ])('%j vs %j → %s', (a, b, want) => expect(sameIdSet(a, b)).toBe(want));
});
