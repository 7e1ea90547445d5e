import { PERMS, hasPermission, type SessionAccess } from '@/lib/permissions';
import { fileStamp, type SaveFilter } from '@/lib/saveDialog';

export type SubjectAccessFormat = 'json' | 'xlsx';

/**
 * Whether the subject access action is offered on a record page: contacts
 * only, for people holding data.export and sensitive.view (a report must be
 * complete). The frontend only hides; the backend enforces (and audits).
 */
export function canExportSubject(session: SessionAccess | null | undefined, entity: string): boolean {
  return entity === 'contacts' && hasPermission(session, PERMS.dataExport) && hasPermission(session, PERMS.sensitiveView);
}

/** How one format is offered and saved. */
export type SubjectAccessSpec = { label: string; dialogTitle: string; filter: SaveFilter; extension: string };

export const SUBJECT_ACCESS_SPECS: Readonly<Record<SubjectAccessFormat, SubjectAccessSpec>> = {
  json: {
    label: 'JSON (machine-readable)',
    dialogTitle: 'Save the subject access report (JSON)',
    filter: { displayName: 'JSON document (*.json)', pattern: '*.json' },
    extension: 'json',
  },
  xlsx: {
    label: 'Excel (.xlsx)',
    dialogTitle: 'Save the subject access report (Excel)',
    filter: { displayName: 'Excel workbook (*.xlsx)', pattern: '*.xlsx' },
    extension: 'xlsx',
  },
};

/** A file-name-safe slug of a person's name: "Zoë Müller" → "zoe-muller"; "" when nothing is left. */
export function nameSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** "subject-access-dana-subject-2026-05-01-1430.json" (the id's start when there is no usable name). */
export function subjectFileName(format: SubjectAccessFormat, contactId: string, at: Date, name = ''): string {
  const who = nameSlug(name) || nameSlug(contactId).slice(0, 8) || 'contact';
  return `subject-access-${who}-${fileStamp(at)}.${SUBJECT_ACCESS_SPECS[format].extension}`;
}

/** The progress line of a running export: "Step 3 of 8 (37%)", or "Starting…". */
export function subjectProgressText(done: number, total: number, percent: number | null): string {
  if (percent === null || total <= 0) return 'Starting…';
  return `Step ${Math.min(done, total)} of ${total} (${percent}%)`;
}

/** The success notification's message: the item count and where the file went. */
export function subjectDoneMessage(path: string, rows: number): string {
  const items = `${rows.toLocaleString('en-US')} ${rows === 1 ? 'item' : 'items'}`;
  return `${items} saved to ${path}. The export is recorded in the audit log.`;
}
