import { Archive, ArchivePreview, Archives, Retention, SetRetention } from '../../../../wailsjs/go/service/AuditService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';

export type AuditRetention = model.AuditRetention;
export type AuditArchivePreview = model.AuditArchivePreview;
export type AuditArchiveResult = model.AuditArchiveResult;
export type AuditAnchor = model.AuditAnchor;
/** An archive request as the UI builds it (Path comes from the save dialog). */
export type AuditArchiveRequest = { before: string; upToSeq: number; recipients: string[]; passphrase: string; path: string };

/** The retention policy, its cutoff ("YYYY-MM-DD", "" when forever) and the live entries past it. Needs audit.view. */
export function auditRetention(): Promise<AuditRetention> {
  return call(() => Retention());
}

/** Stores the policy (0 = forever, else 30–36,500 days); audited. "invalid" names keepDays. Needs settings.manage. */
export function setAuditRetention(keepDays: number): Promise<AuditRetention> {
  return call(() => SetRetention(model.AuditRetention.createFrom({ keepDays, cutoff: '', due: 0 })));
}

/** What an archive before `before` ("" = the cutoff) would take, and why it would be refused (blocked). */
export function auditArchivePreview(before: string): Promise<AuditArchivePreview> {
  return call(() => ArchivePreview(before));
}

/**
 * Moves the entries out of the log into an age-encrypted, signed file at
 * request.path; job "audit.archive". entries 0: nothing to archive, nothing
 * written. Needs settings.manage, audit.view and data.export.
 */
export function archiveAudit(request: AuditArchiveRequest): Promise<AuditArchiveResult> {
  return call(() => Archive(model.AuditArchiveRequest.createFrom(request)));
}

/** The archives taken so far (their anchors in the live log), newest first. */
export async function auditArchives(): Promise<AuditAnchor[]> {
  return (await call(() => Archives())) ?? [];
}
