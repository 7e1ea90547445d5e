import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { duplicateKeys } from '../api/duplicateKeys';
import { checkDuplicates } from '../api/duplicatesApi';
import { checkValues } from '../types/checkInput';
import type { DuplicateCandidate } from '../types/duplicateTypes';

/** How long typing must pause before a check runs. */
export const CHECK_DELAY_MS = 400;

const NONE: DuplicateCandidate[] = [];

/**
 * Likely duplicates of the values in a record form, checked once typing
 * pauses; only the fields the check reads re-run it. A failed check shows
 * nothing (the warning is a help, the save is not blocked).
 */
export function useDuplicateCheck(entity: string, values: Record<string, unknown>, recordId = '') {
  const picked = checkValues(entity, values);
  const [key] = useDebouncedValue(picked ? JSON.stringify(picked) : '', CHECK_DELAY_MS);
  const query = useQuery({
    queryKey: duplicateKeys.check(entity, recordId, key),
    queryFn: () => checkDuplicates(entity, JSON.parse(key) as Record<string, string>, recordId),
    enabled: key !== '',
    retry: false,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
  return key === '' ? NONE : (query.data ?? NONE);
}
