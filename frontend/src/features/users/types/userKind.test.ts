import { describe, expect, it } from 'vitest';
import { isIntegration } from './userKind';

describe('isIntegration', () => {
  it.each([
    ['integration', true],
    ['person', false],
    ['', false], // accounts made before kinds existed
    [undefined, false],
  ])('kind %s → %s', (kind, want) => {
    expect(isIntegration({ kind })).toBe(want);
  });
});
