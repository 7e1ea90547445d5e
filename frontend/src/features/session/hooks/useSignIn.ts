import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setSessionNotice } from '@/lib/sessionNotice';
import { forgetUnlockedData } from '@/lib/workspaceStatus';
import { signIn } from '../api/sessionApi';

/** Signs in, then re-reads the status (sign-in may also have unlocked the workspace), which opens the app. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) => signIn(input.username, input.password),
    meta: { authFlow: true },
    onSuccess: async () => {
      setSessionNotice(null);
      // Nothing cached from an earlier session may show for this user.
      await forgetUnlockedData(client);
    },
  });
}
