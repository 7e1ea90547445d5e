import { describe, expect, it } from 'vitest';
import { userStatus } from './userStatus';

const now = new Date('2026-03-01T10:00:00Z');
const base = { disabled: false, mustChangePassword: false, lockedUntil: '' };

describe('userStatus', () => {
  it.each([
    ['active', base, 'active'],
    ['must change', { ...base, mustChangePassword: true }, 'must-change'],
    ['locked until later', { ...base, mustChangePassword: true, lockedUntil: '2026-03-01T10:05:00Z' }, 'locked'],
    ['lock expired', { ...base, lockedUntil: '2026-03-01T09:55:00Z' }, 'active'],
    ['disabled beats all', { disabled: true, mustChangePassword: true, lockedUntil: '2026-03-01T11:00:00Z' }, 'disabled'],
  ])('%s', (_name, user, want) => {
    expect(userStatus(user, now)).toBe(want);
  });
});
