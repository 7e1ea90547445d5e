import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphraseStrength';

describe('passphraseStrength', () => {
  const cases: Array<{ value: string; score: number }> = [
    { value: '', score: 0 },
    { value: 'abc', score: 1 },
    { value: 'aaaaaaaaaaaaaaaa', score: 2 },
    { value: 'abcdefghijkl', score: 2 },
    { value: 'correct horse battery', score: 3 },
    { value: 'Correct horse battery staple 42', score: 4 },
  ];
  it.each(cases)('$value → $score', ({ value, score }) => {
    expect(passphraseStrength(value).score).toBe(score);
  });
});
