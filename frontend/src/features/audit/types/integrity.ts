import type { AuditStatus } from '../api/auditApi';

/** What the integrity badge says. */
export type IntegrityState = 'verifying' | 'intact' | 'broken' | 'unverified' | 'unknown';

/** The badge state: a problem wins, then a finished check; "unverified" until one ran this session. */
export function integrityState(status: AuditStatus | undefined, verifying: boolean): IntegrityState {
  if (verifying) return 'verifying';
  if (!status) return 'unknown';
  if (!status.ok || status.problem) return 'broken';
  return status.verifiedUpTo > 0 ? 'intact' : 'unverified';
}

/**
 * Whether opening the viewer should start a verification by itself: nothing
 * was verified this session and the log has entries, or the cheap status
 * could not be read (then Verify is the only way to learn the state).
 */
export function needsFirstVerify(status: AuditStatus | undefined, statusFailed: boolean): boolean {
  if (statusFailed) return true;
  return !!status && status.verifiedUpTo === 0 && !status.problem && status.entries > 0;
}
