import { Verify } from '../../../../wailsjs/go/service/AuditService';
import type { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';

export type AuditStatus = model.AuditStatus;

/** Checks the whole hash chain and the signed checkpoints (audited). Needs audit.view. */
export function verifyAudit(): Promise<AuditStatus> {
  return call(() => Verify());
}
