import { queryKeys } from '@/lib/queryKeys';

/** Query keys of the imports feature; dropped at sign-out with the rest of the cache. */
export const importKeys = {
  all: ['imports'] as const,
  entities: ['imports', 'entities'] as const,
  /** Shared: a retry in the integration log refreshes it too. */
  batches: queryKeys.importBatches,
};
