export type UserStatus = 'active' | 'disabled' | 'locked' | 'must-change';

type UserLike = { disabled: boolean; mustChangePassword: boolean; lockedUntil: string };

/** The one state a row shows: disabled beats locked beats "must change password". */
export function userStatus(user: UserLike, now: Date = new Date()): UserStatus {
  if (user.disabled) return 'disabled';
  if (user.lockedUntil) {
    const until = new Date(user.lockedUntil);
    if (!Number.isNaN(until.getTime()) && until > now) return 'locked';
  }
  if (user.mustChangePassword) return 'must-change';
  return 'active';
}

export const USER_STATUS_META: Record<UserStatus, { label: string; color: string }> = {
  active: { label: 'Active', color: 'teal' },
  disabled: { label: 'Disabled', color: 'gray' },
  locked: { label: 'Locked', color: 'red' },
  'must-change': { label: 'Must change password', color: 'yellow' },
};

/** "Never" or a short local date-time. */
export function formatSignIn(value: string): string {
  if (!value) return 'Never';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
