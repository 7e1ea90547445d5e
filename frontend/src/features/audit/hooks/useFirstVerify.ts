import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import type { AuditStatus } from '../api/auditApi';
import { auditKeys } from '../types/auditKeys';
import { needsFirstVerify } from '../types/integrity';

/**
 * Starts one verification by itself the first time the viewer opens in a
 * session when nothing was verified yet (see needsFirstVerify), so the badge
 * says something true. Once per session: a flag in the query cache, which
 * sign-out clears; a cancelled or failed run is not retried.
 */
export function useFirstVerify(status: AuditStatus | undefined, statusFailed: boolean, running: boolean, start: () => void) {
  const client = useQueryClient();
  const due = needsFirstVerify(status, statusFailed) && !running;
  const begin = useEffectEvent(() => {
    if (client.getQueryData(auditKeys.autoVerified)) return;
    client.setQueryData(auditKeys.autoVerified, true);
    start();
  });
  useEffect(() => {
    if (due) begin();
  }, [due]);
}
