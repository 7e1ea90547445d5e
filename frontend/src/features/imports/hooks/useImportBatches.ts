import { useQuery } from '@tanstack/react-query';
import { listImportBatches } from '../api/importsApi';
import { importKeys } from '../api/importKeys';

/** Past imports, newest first (refreshed after an import, a revert or a retry). */
export function useImportBatches() {
  return useQuery({ queryKey: importKeys.batches, queryFn: listImportBatches });
}
