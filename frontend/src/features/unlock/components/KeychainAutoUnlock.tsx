import { Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { AuthLayout } from '@/components/AuthLayout';
import { describeError } from '@/lib/errors';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';
import { useUnlock } from '../hooks/useUnlock';
import { KeychainUnlockNotice } from './KeychainUnlockNotice';

type KeychainAutoUnlockProps = { status: WorkspaceStatus; onFailed: (message: string) => void };

/** Tries the OS keychain once on mount; success stores the unlocked status, failure hands over to sign-in. */
export function KeychainAutoUnlock({ status, onFailed }: KeychainAutoUnlockProps) {
  const unlock = useUnlock();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    unlock.mutate({ method: 'keychain' }, { onError: (error) => onFailed(describeError(error)) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- exactly once per mount
  }, []);

  return (
    <AuthLayout
      title={`Opening ${status.name || 'workspace'}`}
      subtitle={status.path ? <Text span ff="monospace" fz="xs">{status.path}</Text> : undefined}
    >
      <KeychainUnlockNotice state="trying" />
    </AuthLayout>
  );
}
