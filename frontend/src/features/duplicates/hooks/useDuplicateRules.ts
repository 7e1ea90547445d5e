import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { duplicateKeys } from '../api/duplicateKeys';
import { fetchRules, saveRules } from '../api/duplicatesApi';
import type { RulesInput } from '../types/duplicateTypes';

export function useDuplicateRules(entity: string) {
  return useQuery({ queryKey: duplicateKeys.rules(entity), queryFn: () => fetchRules(entity), retry: false });
}

/** Saves rules; errors are left to the form (field errors land on the fields). */
export function useSaveRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RulesInput) => saveRules(input),
    onSuccess: (saved) => {
      client.setQueryData(duplicateKeys.rules(saved.entity), saved);
      // The form's warnings follow the new rules.
      void client.invalidateQueries({ queryKey: duplicateKeys.checks });
      notifications.show({ color: 'teal', title: 'Duplicate rules saved', message: 'The next scan and the form warnings use them.' });
    },
  });
}
