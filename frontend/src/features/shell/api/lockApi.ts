import { Lock } from '../../../../wailsjs/go/service/WorkspaceService';
import { call } from '@/lib/call';

/** Locks the workspace: the backend forgets the key and closes the database. */
export function lockWorkspace(): Promise<void> {
  return call(() => Lock());
}
