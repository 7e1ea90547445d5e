import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queryKeys';
import { alertKeys } from '../api/alertKeys';
import { listAlertRules, listRoles, saveAlertRule, type AlertRule } from '../api/alertsApi';

/** Every suspicious-activity rule with its settings. */
export function useAlertRules() {
  return useQuery({ queryKey: alertKeys.rules, queryFn: listAlertRules });
}

/** The workspace roles (shared cache with Admin → Roles); may fail "forbidden" without roles/users rights. */
export function useRoleList(enabled: boolean) {
  return useQuery({ queryKey: queryKeys.roles, queryFn: listRoles, enabled });
}

/** Saves one rule and puts the saved version into the rules list. */
export function useSaveAlertRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveAlertRule,
    onSuccess: (saved) => {
      client.setQueryData<AlertRule[]>(alertKeys.rules, (rules) => rules?.map((rule) => (rule.id === saved.id ? saved : rule)));
      notifications.show({ color: 'teal', title: 'Rule saved', message: `“${saved.name}” applies from now on.` });
    },
  });
}
