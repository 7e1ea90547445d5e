import { describe, expect, it } from 'vitest';
import { badgeAriaLabel, badgeLabel } from './badgeCount';

describe('badgeLabel', () => {
  it.each([
    { count: undefined, want: null },
    { count: null, want: null },
    { count: 0, want: null },
    { count: -3, want: null },
    { count: Number.NaN, want: null },
    { count: 1, want: '1' },
    { count: 42, want: '42' },
    { count: 99, want: '99' },
    { count: 100, want: '99+' },
    { count: 12345, want: '99+' },
  ])('$count → $want', ({ count, want }) => {
    expect(badgeLabel(count)).toBe(want);
  });

  it('says the number in words for screen readers', () => {
    expect(badgeAriaLabel(1)).toBe('1 open alert');
    expect(badgeAriaLabel(150)).toBe('150 open alerts');
  });
});
