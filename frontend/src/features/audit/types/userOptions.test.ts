import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../api/auditApi';
import { userOptions } from './userOptions';

const row = (actorId: string, actorName: string) => ({ actorId, actorName }) as AuditRow;

describe('userOptions', () => {
  it('merges listed users with actors of the loaded rows and the selected id, sorted and unique', () => {
    const got = userOptions(
      [{ id: 'u2', label: 'Bea' }, { id: 'u1', label: 'Ana' }],
      [row('u1', 'Ana (old name)'), row('u9', 'Zoe, former'), row('', '')],
      'u77',
    );
    expect(got).toEqual([
      { value: 'u1', label: 'Ana' },
      { value: 'u2', label: 'Bea' },
      { value: 'u77', label: 'u77' },
      { value: 'u9', label: 'Zoe, former' },
    ]);
  });
  it('works from rows alone when users cannot be listed', () => {
    expect(userOptions([], [row('u1', 'Ana'), row('u1', 'Ana')], '')).toEqual([{ value: 'u1', label: 'Ana' }]);
  });
});
