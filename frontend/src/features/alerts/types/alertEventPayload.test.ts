import { describe, expect, it } from 'vitest';
import { parseAlertRaised } from './alertEventPayload';

describe('parseAlertRaised', () => {
  const good = { id: 'a1', severity: 'high', title: 'Failed sign-ins for sam', ruleName: 'Failed sign-in burst' };
  it.each([
    { name: 'a full payload', payload: good, want: good },
    { name: 'extra fields are dropped', payload: { ...good, extra: 1 }, want: good },
    { name: 'no rule name', payload: { id: 'a1', severity: 'low', title: 't' }, want: { id: 'a1', severity: 'low', title: 't', ruleName: '' } },
    { name: 'an unknown severity is kept', payload: { ...good, severity: 'extreme' }, want: { ...good, severity: 'extreme' } },
    { name: 'no payload', payload: undefined, want: null },
    { name: 'a string', payload: 'alerts:new', want: null },
    { name: 'an empty id', payload: { ...good, id: '' }, want: null },
    { name: 'a numeric title', payload: { ...good, title: 5 }, want: null },
  ])('$name', ({ payload, want }) => {
    expect(parseAlertRaised(payload)).toEqual(want);
  });
});
