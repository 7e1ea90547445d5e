/** Above this the badge shows "99+". */
export const BADGE_MAX = 99;

/** The text of the open-alerts badge, or null when there is nothing to show (no data, 0, or nonsense). */
export function badgeLabel(count: number | null | undefined): string | null {
  if (count === null || count === undefined || !Number.isFinite(count) || count <= 0) return null;
  const whole = Math.floor(count);
  return whole > BADGE_MAX ? `${BADGE_MAX}+` : String(whole);
}

/** The badge's accessible name ("1 open alert", "12 open alerts"). */
export function badgeAriaLabel(count: number): string {
  return `${count} open alert${count === 1 ? '' : 's'}`;
}
