import { describe, expect, it } from 'vitest';
import { reasonInfo, scorePercent } from './reasons';

describe('reasonInfo', () => {
  it.each([
    ['email', 1, 'Same email', true],
    ['phone', 1, 'Same phone', true],
    ['domain', 1, 'Same web domain', true],
    ['name:phonetic', 0.915, 'Similar name (92%)', false],
    ['name:company', 0.9, 'Similar name (90%)', false],
    ['name', 0.88, 'Similar name (88%)', false],
    ['something-new', 0.5, 'Possible duplicate', false],
  ])('%s at %d → %s', (reason, score, label, exact) => {
    const info = reasonInfo(reason, score);
    expect(info.label).toBe(label);
    expect(info.exact).toBe(exact);
  });

  it('explains the block of a name match', () => {
    expect(reasonInfo('name:company', 0.9).detail).toMatch(/same company/);
    expect(reasonInfo('name:phonetic', 0.9).detail).toMatch(/sound alike/);
    expect(reasonInfo('name:unknown', 0.9).detail).toBe('Similar names');
  });
});

describe('scorePercent', () => {
  it('clamps and rounds', () => {
    expect(scorePercent(0.994)).toBe('99%');
    expect(scorePercent(1.2)).toBe('100%');
    expect(scorePercent(-1)).toBe('0%');
  });
});
