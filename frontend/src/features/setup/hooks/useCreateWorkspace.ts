import { useMutation } from '@tanstack/react-query';
import { createWorkspace } from '../api/setupApi';

/**
 * Does not touch the cached status on success: the status would switch the
 * screen away before the recovery key is confirmed. Acknowledging does that.
 */
export function useCreateWorkspace() {
  return useMutation({ mutationFn: createWorkspace });
}
