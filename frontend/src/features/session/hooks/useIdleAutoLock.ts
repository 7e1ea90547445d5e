import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { heartbeatIntervalFor, startIdleTimer } from '@/lib/idleTimer';
import { handleSessionError } from '@/lib/sessionExpiry';
import { idleSignOutNotice, setSessionNotice } from '@/lib/sessionNotice';
import { forgetUnlockedData, workspaceStatusKey, type WorkspaceStatus } from '@/lib/workspaceStatus';
import { autoLock, heartbeat } from '../api/sessionApi';

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'scroll', 'touchstart'] as const;

/**
 * Watches mouse, keyboard and scroll activity. While active it sends a
 * heartbeat at most once a minute (the fresh session also updates role and
 * permissions); after `idleMinutes` without activity it signs out, drops
 * every cached record and returns to sign-in with a note.
 */
export function useIdleAutoLock(idleMinutes: number) {
  const client = useQueryClient();
  const clientRef = useRef(client);

  useEffect(() => {
    const client = clientRef.current;
    const idleMs = Math.max(1, idleMinutes) * 60_000;
    const timer = startIdleTimer({
      idleMs,
      heartbeatMs: heartbeatIntervalFor(idleMs),
      onHeartbeat: () => {
        heartbeat()
          .then((session) =>
            client.setQueryData<WorkspaceStatus>(workspaceStatusKey, (old) => (old ? { ...old, signedIn: session } as WorkspaceStatus : old)),
          )
          .catch((error: unknown) => handleSessionError(client, error));
      },
      onIdle: () => {
        setSessionNotice(idleSignOutNotice(idleMinutes));
        void autoLock()
          .catch(() => undefined)
          .finally(() => forgetUnlockedData(client));
      },
    });
    const onActivity = () => timer.activity();
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      timer.stop();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [idleMinutes]);
}
