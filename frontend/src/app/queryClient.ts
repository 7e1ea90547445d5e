import { QueryClient } from '@tanstack/react-query';

/** Desktop app, local backend: no refetch on focus, no silent retries that hide errors. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, retry: false },
      mutations: { retry: false },
    },
  });
}
