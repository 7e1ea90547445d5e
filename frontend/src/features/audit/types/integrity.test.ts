import { describe, expect, it } from 'vitest';
import type { AuditStatus } from '../api/auditApi';
import { integrityState, needsFirstVerify } from './integrity';

const status = (patch: Partial<AuditStatus>) =>
  ({ entries: 120, verifiedUpTo: 0, lastCheckpointAt: '', ok: true, problem: '', ...patch }) as AuditStatus;

describe('integrityState', () => {
  const cases: Array<[string, AuditStatus | undefined, boolean, string]> = [
    ['running wins', status({ verifiedUpTo: 100 }), true, 'verifying'],
    ['nothing known', undefined, false, 'unknown'],
    ['never verified this session', status({}), false, 'unverified'],
    ['verified', status({ verifiedUpTo: 118 }), false, 'intact'],
    ['a problem', status({ ok: false, verifiedUpTo: 41, problem: 'entry 42: hash mismatch' }), false, 'broken'],
  ];
  for (const [name, s, running, want] of cases) it(name, () => expect(integrityState(s, running)).toBe(want));
});

describe('needsFirstVerify', () => {
  it('runs once when never verified and there are entries', () => {
    expect(needsFirstVerify(status({}), false)).toBe(true);
    expect(needsFirstVerify(status({ entries: 0 }), false)).toBe(false);
    expect(needsFirstVerify(status({ verifiedUpTo: 3 }), false)).toBe(false);
    expect(needsFirstVerify(status({ problem: 'x', ok: false }), false)).toBe(false);
  });
  it('runs when the status cannot be read', () => expect(needsFirstVerify(undefined, true)).toBe(true));
  it('waits for the status', () => expect(needsFirstVerify(undefined, false)).toBe(false));
});
