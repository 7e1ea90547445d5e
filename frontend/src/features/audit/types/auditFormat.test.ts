import { describe, expect, it } from 'vitest';
import { MASK, actorLabel, formatListTime, formatProgress, formatTotal, formatValue, objectLabel, verbLabel } from './auditFormat';

describe('formatTotal', () => {
  const cases: Array<[number, boolean, string]> = [
    [0, false, '0 entries'],
    [1, false, '1 entry'],
    [1234, false, '1,234 entries'],
    [10_000, true, '10,000+ entries'],
    [-1, false, '0 entries'],
  ];
  for (const [total, capped, want] of cases) it(want, () => expect(formatTotal(total, capped)).toBe(want));
});

describe('labels', () => {
  it('names the actor, or says System', () => {
    expect(actorLabel({ actorName: 'Ana López', actorId: 'u1' })).toBe('Ana López');
    expect(actorLabel({ actorName: '', actorId: 'u1' })).toBe('u1');
    expect(actorLabel({ actorName: '', actorId: '' })).toBe('System');
  });
  it('names the object', () => {
    expect(objectLabel({ objectLabel: 'Marta Ibáñez', objectType: 'contact', objectId: 'c1' })).toBe('Marta Ibáñez');
    expect(objectLabel({ objectLabel: '', objectType: 'contact', objectId: 'c1' })).toBe('contact c1');
    expect(objectLabel({ objectLabel: '', objectType: '', objectId: '' })).toBe('—');
  });
  it('turns actions into past-tense phrases', () => {
    expect(verbLabel('contact.view')).toBe('viewed');
    expect(verbLabel('contact.update')).toBe('changed');
    expect(verbLabel('deal.delete')).toBe('moved to the Trash');
    expect(verbLabel('contact.mass_mail')).toBe('mass mail');
  });
  it('formats values on one line', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(['a', 'b'])).toBe('a, b');
    expect(formatValue(true)).toBe('Yes');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
    expect(formatValue(12.5)).toBe('12.5');
    expect(MASK).toBe('••••');
  });
});

describe('formatProgress', () => {
  it('says starting until a total is known', () => {
    expect(formatProgress(0, 0, null)).toBe('Starting…');
    expect(formatProgress(50, 0, null)).toBe('50 entries so far…');
  });
  it('shows done of total with the percent', () => {
    expect(formatProgress(12_345, 1_000_000, 1)).toBe('12,345 of 1,000,000 entries (1%)');
  });
});

describe('formatListTime', () => {
  it('drops the year for this year only', () => {
    const now = new Date(2026, 5, 1);
    expect(formatListTime(new Date(2026, 4, 20, 11, 59, 58).toISOString(), now)).not.toMatch(/2026/);
    expect(formatListTime(new Date(2025, 4, 20, 11, 59, 58).toISOString(), now)).toMatch(/2025/);
    expect(formatListTime('', now)).toBe('—');
  });
});
