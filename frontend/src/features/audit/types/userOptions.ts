import type { AuditRow, AuditUser } from '../api/auditApi';

/** One choice of the user filter. */
export type UserOption = { value: string; label: string };

/**
 * Choices for the user filter: the workspace's users when the viewer may list
 * them, plus everyone who acted in the loaded entries (former users, and the
 * only source for viewers without users.manage), plus the selected id if it
 * is neither (a link may name anyone). Sorted by label, one per id.
 */
export function userOptions(users: readonly AuditUser[], rows: readonly AuditRow[], selected: string): UserOption[] {
  const byId = new Map<string, string>();
  for (const user of users) if (user.id) byId.set(user.id, user.label || user.id);
  for (const row of rows) {
    if (row.actorId && !byId.has(row.actorId)) byId.set(row.actorId, row.actorName?.trim() || row.actorId);
  }
  if (selected && !byId.has(selected)) byId.set(selected, selected);
  return [...byId]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.value.localeCompare(b.value));
}
