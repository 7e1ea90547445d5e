import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { handleSessionError } from '@/lib/sessionExpiry';
import { workspaceStatusKey } from '@/lib/workspaceStatus';

/**
 * Desktop app, local backend: no refetch on focus, no silent retries that hide errors.
 * Any call failing "unauthenticated" while signed in returns to sign-in (see handleSessionError);
 * mutations marked meta.authFlow (sign-in itself) and the status query are exempt.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] === workspaceStatusKey[0]) return;
        void handleSessionError(client, error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.authFlow) return;
        void handleSessionError(client, error);
      },
    }),
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, retry: false },
      mutations: { retry: false },
    },
  });
  return client;
}
