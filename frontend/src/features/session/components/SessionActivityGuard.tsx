import { useIdleAutoLock } from '../hooks/useIdleAutoLock';

type SessionActivityGuardProps = { idleTimeoutMinutes: number };

/** Renders nothing; signs the person out after the workspace's idle time. */
export function SessionActivityGuard({ idleTimeoutMinutes }: SessionActivityGuardProps) {
  useIdleAutoLock(idleTimeoutMinutes || 15);
  return null;
}
