import { describe, expect, it } from 'vitest';
import { changedEntities } from './dashboardEvents';

describe('changedEntities', () => {
  it.each([
    [{ entities: ['deals', 'contacts'] }, ['deals', 'contacts']],
    [{ entities: ['deals', 3, null] }, ['deals']],
    [{ entities: 'deals' }, []],
    [null, []],
    ['deals', []],
  ])('%j', (payload, want) => {
    expect(changedEntities(payload)).toEqual(want);
  });
});
