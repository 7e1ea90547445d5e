/** The audit log's vocabulary (backend/audit/entry.go), with labels and badge colours. */
type Term = { value: string; label: string; color: string };

/** Categories of entries, in filter-menu order. */
export const CATEGORIES: readonly Term[] = [
  { value: 'auth', label: 'Sign-in', color: 'blue' },
  { value: 'data', label: 'Data', color: 'teal' },
  { value: 'config', label: 'Configuration', color: 'grape' },
  { value: 'report', label: 'Report', color: 'cyan' },
  { value: 'export', label: 'Export', color: 'orange' },
  { value: 'import', label: 'Import', color: 'lime' },
  { value: 'security', label: 'Security', color: 'red' },
  { value: 'key', label: 'Keys', color: 'yellow' },
];

/** Outcomes of an audited action. */
export const OUTCOMES: readonly Term[] = [
  { value: 'success', label: 'Success', color: 'teal' },
  { value: 'denied', label: 'Denied', color: 'orange' },
  { value: 'failed', label: 'Failed', color: 'red' },
];

/** A category's or outcome's label and colour; an unknown value shows as itself in gray. */
export function termOf(terms: readonly Term[], value: string): Term {
  return terms.find((t) => t.value === value) ?? { value, label: value || '—', color: 'gray' };
}

/**
 * Record sections by the objectType their audit entries use (the entity's
 * singular, backend/schema/entities.go), e.g. "contact" → "contacts".
 */
const RECORD_OBJECT_TYPES: Readonly<Record<string, string>> = {
  contact: 'contacts', company: 'companies', lead: 'leads', deal: 'deals', activity: 'activities', task: 'tasks',
};

/** The objectType audit entries about a record of `entity` carry ("contacts" → "contact"); the name itself if unknown. */
export function objectTypeOf(entity: string): string {
  return Object.entries(RECORD_OBJECT_TYPES).find(([, name]) => name === entity)?.[0] ?? entity;
}

/** The in-app path of a record an entry is about, or null when the object is not a record. */
export function recordPathOf(objectType: string, objectId: string): string | null {
  const entity = RECORD_OBJECT_TYPES[objectType];
  return entity && objectId ? `/${entity}/${encodeURIComponent(objectId)}` : null;
}

/** Suggestions for the object-type filter (free text is allowed too). */
export const OBJECT_TYPE_SUGGESTIONS: readonly string[] = [
  ...Object.keys(RECORD_OBJECT_TYPES), 'user', 'role', 'team', 'view', 'stage', 'report', 'workspace', 'audit',
];

/** Suggestions for the action filter; a value ending in "." matches every action under it. */
export const ACTION_SUGGESTIONS: readonly string[] = [
  'auth.', 'contact.', 'company.', 'lead.', 'deal.', 'activity.', 'task.', 'user.', 'role.', 'audit.',
  'contact.view', 'contact.update', 'contact.export',
];
