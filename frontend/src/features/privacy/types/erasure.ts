import { PERMS, hasPermission, type SessionAccess } from '@/lib/permissions';

/** The word a person types to confirm an erasure (it cannot be undone). */
export const ERASE_CONFIRM_WORD = 'ERASE';

/** The longest request reference the backend accepts (runes). */
export const MAX_ERASE_REASON = 300;

/** The records that are people: the only ones that can be erased. */
const PERSON_ENTITIES: ReadonlySet<string> = new Set(['contacts', 'leads']);

/**
 * Whether "Erase personal data" is offered on a record page: contacts and
 * leads, for holders of privacy.manage. The frontend only hides; the backend
 * enforces (and audits), including the caller's scope over every linked record.
 */
export function canErase(session: SessionAccess | null | undefined, entity: string): boolean {
  return PERSON_ENTITIES.has(entity) && hasPermission(session, PERMS.privacyManage);
}

export type ErasureForm = { reason: string; confirm: string };
export type ErasureErrors = Partial<Record<keyof ErasureForm, string>>;

/** Checks the erasure form as the backend will (reason) plus the typed confirmation. */
export function validateErasure(form: ErasureForm): ErasureErrors {
  const errors: ErasureErrors = {};
  const reason = form.reason.trim();
  if (reason === '') errors.reason = "Enter the request's reference.";
  else if ([...reason].length > MAX_ERASE_REASON) errors.reason = `At most ${MAX_ERASE_REASON} characters.`;
  if (form.confirm.trim() !== ERASE_CONFIRM_WORD) errors.confirm = `Type ${ERASE_CONFIRM_WORD} to confirm.`;
  return errors;
}

export type ErasureCounts = { people: number; records: number; keys: number; purgeFailed: boolean };

/** The success message: what was anonymised, and a warning when the final compaction failed. */
export function erasureDoneMessage(r: ErasureCounts): string {
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  const base =
    `${plural(r.records, 'record', 'records')} anonymised (${plural(r.people, 'person record', 'person records')} and their activities and tasks); ` +
    `${plural(r.keys, 'key', 'keys')} destroyed, so their values in the audit log now read "[erased]".`;
  return r.purgeFailed ? `${base} Compacting the files failed and will be retried by the next erasure.` : base;
}
