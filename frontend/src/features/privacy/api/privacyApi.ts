import { model } from '../../../../wailsjs/go/models';
import { Cancel, Erase, SubjectAccess } from '../../../../wailsjs/go/service/PrivacyService';
import { call } from '@/lib/call';
import { cancellableJob, type JobOutcome } from '@/lib/cancellableJob';
import type { SubjectAccessFormat } from '../types/subjectAccess';

export type ExportResult = model.ExportResult;
export type ErasureResult = model.ErasureResult;

/** The backend's job name of a subject access export (progress events, Cancel). */
export const SUBJECT_ACCESS_JOB = 'privacy.access';

export type { JobOutcome } from '@/lib/cancellableJob';

// Module state on purpose: the job outlives the component that started it
// (the person may navigate away).
const accessJob = cancellableJob(() => call(() => Cancel(SUBJECT_ACCESS_JOB)));

/**
 * Writes everything stored about a contact to path (audited, "forbidden"
 * without data.export and sensitive.view, "not_found" outside scope).
 * Resolves {cancelled: true} when the run was cancelled.
 */
export function runSubjectAccess(contactId: string, format: SubjectAccessFormat, path: string): Promise<JobOutcome<ExportResult>> {
  const request = model.SubjectAccessRequest.createFrom({ contactId, format, path });
  return accessJob.run(() => call(() => SubjectAccess(request)));
}

/** Asks the backend to stop the caller's running subject access export. */
export const cancelSubjectAccess = accessJob.cancel;

/**
 * Erases the person (a contact or lead) everywhere: their records and linked
 * activities and tasks anonymised, their keys destroyed so their values in the
 * audit log read "[erased]". Cannot be undone. Rejects "forbidden" without
 * privacy.manage or when a linked record is outside the caller's scope,
 * "conflict" when a linked record is in the Trash, "invalid" without a reason.
 */
export function eraseSubject(entity: string, id: string, reason: string): Promise<ErasureResult> {
  return call(() => Erase(model.ErasureRequest.createFrom({ entity, id, reason })));
}
