import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BACKEND_EVENTS, onBackendEvent } from '@/lib/backendEvents';
import { forgetUnlockedData } from '@/lib/workspaceStatus';

/**
 * The backend signed the user out (idle time on its side, account disabled)
 * or locked the workspace: drop cached records and re-read the status, which
 * switches to sign-in. workspace:unlocked is not followed: setup must keep the
 * recovery key on screen until it is confirmed.
 */
export function useBackendEvents() {
  const client = useQueryClient();
  useEffect(() => {
    const forget = () => void forgetUnlockedData(client);
    const offSignedOut = onBackendEvent(BACKEND_EVENTS.signedOut, forget);
    const offLocked = onBackendEvent(BACKEND_EVENTS.locked, forget);
    return () => {
      offSignedOut();
      offLocked();
    };
  }, [client]);
}
