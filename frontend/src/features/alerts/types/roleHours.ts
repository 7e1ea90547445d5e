/** One role's allowed sign-in hours (local time): `from` inclusive, `to` exclusive; from > to wraps midnight. */
export type HoursRow = { roleId: string; from: number; to: number };

/** "08:00" for 8; 24 reads as "24:00" (end of day). */
export function formatHour(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** "08:00–18:00", or "22:00–06:00 (overnight)" when the window wraps midnight. */
export function formatHours(from: number, to: number): string {
  const range = `${formatHour(from)}–${formatHour(to)}`;
  return from > to ? `${range} (overnight)` : range;
}

/** How many hours a window covers (0 when the values are invalid). */
export function hoursLength(from: number, to: number): number {
  if (!isHour(from, 0, 23) || !isHour(to, 1, 24) || from === to) return 0;
  return from < to ? to - from : 24 - from + to;
}

function isHour(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Per-row problems keyed like form paths ("hours.0.to"); empty when valid.
 * Each role at most once; from 0–23, to 1–24, and they must differ.
 */
export function validateHours(rows: readonly HoursRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const at = `hours.${index}`;
    if (!row.roleId) errors[`${at}.roleId`] = 'Choose a role.';
    else if (seen.has(row.roleId)) errors[`${at}.roleId`] = 'This role already has hours.';
    seen.add(row.roleId);
    if (!isHour(row.from, 0, 23)) errors[`${at}.from`] = 'From 00:00 to 23:00.';
    if (!isHour(row.to, 1, 24)) errors[`${at}.to`] = 'From 01:00 to 24:00.';
    else if (row.from === row.to) errors[`${at}.to`] = 'Must differ from the start.';
  });
  return errors;
}

/** Select options for the start (00–23) or end (01–24) of a window. */
export function hourOptions(kind: 'from' | 'to'): { value: string; label: string }[] {
  const first = kind === 'from' ? 0 : 1;
  return Array.from({ length: 24 }, (_, i) => ({ value: String(i + first), label: formatHour(i + first) }));
}

/** Whether a rule is the allowed-hours rule (the only one with per-role hours). */
export function isHoursRule(rule: { id: string; hours?: readonly HoursRow[] | null }): boolean {
  return Array.isArray(rule.hours) || /hour/i.test(rule.id);
}
