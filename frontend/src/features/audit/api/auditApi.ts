import { Export, Get, List, PublicKey, Status, Verify } from '../../../../wailsjs/go/service/AuditService';
import { List as ListUsers } from '../../../../wailsjs/go/service/UserService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';

/** A bound-model type without the generated helper methods, for values built in the UI. */
type Plain<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] };

export type AuditStatus = model.AuditStatus;
export type AuditRow = model.AuditRow;
export type AuditPage = Plain<model.AuditPage>;
export type AuditDetail = Plain<model.AuditDetail>;
export type FieldChange = model.FieldChange;
export type AuditQuery = Plain<model.AuditQuery>;
export type ExportFormat = 'xlsx' | 'bundle';
export type ExportResult = model.ExportResult;
export type AuditUser = { id: string; label: string };

/** Size of the log and its last verification this session (no scan). "forbidden" without audit.view. */
export function auditStatus(): Promise<AuditStatus> {
  return call(() => Status());
}

/** Checks the whole chain and the signed checkpoints (audited); reports progress as job "audit.verify". */
export function verifyAudit(): Promise<AuditStatus> {
  return call(() => Verify());
}

/** One page of entries, newest first; rows are [] rather than null. "invalid" names a bad filter. */
export async function listAudit(query: AuditQuery): Promise<AuditPage> {
  const page = await call(() => List(model.AuditQuery.createFrom(query)));
  return { ...page, rows: page.rows ?? [] };
}

/** One entry in full; "not_found" for an unknown seq. Masked values stay masked. */
export async function getAuditEntry(seq: number): Promise<AuditDetail> {
  const entry = await call(() => Get(seq));
  return { ...entry, fieldDiffs: entry.fieldDiffs ?? [] };
}

/** Writes every entry the query matches to path; job "audit.export". Needs audit.view and data.export. */
export function exportAudit(query: AuditQuery, format: ExportFormat, path: string): Promise<ExportResult> {
  return call(() => Export(model.AuditExportRequest.createFrom({ query, format, path })));
}

/** The workspace's audit signing public key, one line. */
export function auditPublicKey(): Promise<string> {
  return call(() => PublicKey());
}

/** Every user, disabled ones too (their entries stay in the log). "forbidden" without users.manage. */
export async function listAuditUsers(): Promise<AuditUser[]> {
  const users = (await call(() => ListUsers())) ?? [];
  return users.map((u) => ({ id: u.id, label: u.displayName?.trim() || u.username }));
}
