import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { fetchTeamOptions, fetchUserOptions, lookupRecords } from '../api/recordsApi';
import { queryKeys } from '@/lib/queryKeys';

/** Candidates for a ref picker, as the user types (debounced). */
export function useLookup(entity: string, text: string, enabled = true) {
  const [debounced] = useDebouncedValue(text, 200);
  return useQuery({
    queryKey: ['records', 'lookup', entity, debounced],
    queryFn: () => lookupRecords(entity, debounced, 20),
    enabled,
    staleTime: 10_000,
  });
}

export function useUserOptions(enabled = true) {
  return useQuery({ queryKey: [...queryKeys.users, 'options'], queryFn: fetchUserOptions, enabled, retry: false, staleTime: 60_000 });
}

export function useTeamOptions(enabled = true) {
  return useQuery({ queryKey: [...queryKeys.teams, 'options'], queryFn: fetchTeamOptions, enabled, retry: false, staleTime: 60_000 });
}
