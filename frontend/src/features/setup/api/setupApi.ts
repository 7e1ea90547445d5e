import {
  AcknowledgeRecoveryKey,
  Create,
  ProbeKeychain,
} from '../../../../wailsjs/go/service/WorkspaceService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';
import type { CreateWorkspaceInput } from '../schemas/setupSchema';

export type KeychainProbe = model.KeychainStatus;
export type CreateWorkspaceResult = model.CreateWorkspaceResult;

/** Asks the backend whether the OS keychain works here (≤ 5 s, never hangs). */
export function probeKeychain(): Promise<KeychainProbe> {
  return call(() => ProbeKeychain());
}

/** Creates and unlocks the workspace; the result carries the one-time recovery key. */
export function createWorkspace(input: CreateWorkspaceInput): Promise<CreateWorkspaceResult> {
  return call(() => Create(model.CreateWorkspaceRequest.createFrom(input)));
}

/** Records that the person confirmed saving the recovery key. */
export function acknowledgeRecoveryKey(): Promise<void> {
  return call(() => AcknowledgeRecoveryKey());
}
