import { useState } from 'react';
import { SignInScreen } from '@/features/session/components/SignInScreen';
import { KeychainAutoUnlock } from '@/features/unlock/components/KeychainAutoUnlock';
import { UnlockScreen } from '@/features/unlock/components/UnlockScreen';
import { hasUnlockMethod, type WorkspaceStatus } from '@/lib/workspaceStatus';

type LockedGateProps = { status: WorkspaceStatus };

type Phase = { step: 'keychain' } | { step: 'sign-in'; keychainMessage: string | null } | { step: 'unlock'; keychainMessage: string | null };

/**
 * A locked workspace: the OS keychain first (automatically), else sign-in —
 * which unlocks with the user's own password. The workspace passphrase and
 * the recovery key stay one link away; after either, sign-in follows.
 */
export function LockedGate({ status }: LockedGateProps) {
  const [phase, setPhase] = useState<Phase>(
    hasUnlockMethod(status, 'keychain') ? { step: 'keychain' } : { step: 'sign-in', keychainMessage: null },
  );

  if (phase.step === 'keychain') {
    return <KeychainAutoUnlock status={status} onFailed={(message) => setPhase({ step: 'sign-in', keychainMessage: message })} />;
  }
  if (phase.step === 'unlock') {
    return (
      <UnlockScreen
        status={status}
        keychainMessage={phase.keychainMessage}
        onBack={() => setPhase({ step: 'sign-in', keychainMessage: phase.keychainMessage })}
      />
    );
  }
  return (
    <SignInScreen status={status} onUseWorkspaceKey={() => setPhase({ step: 'unlock', keychainMessage: phase.keychainMessage })} />
  );
}
