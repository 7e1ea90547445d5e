import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queryKeys';
import {
  createPrincipal,
  deletePrincipal,
  listPrincipals,
  listRoleOptions,
  listTeamOptions,
  rotatePrincipalToken,
  setPrincipalDisabled,
} from '../api/principalsApi';

/** Under the users key: a change in Admin → Users refreshes this list too, and the other way round. */
const principalsKey = [...queryKeys.users, 'integrations'] as const;

export function usePrincipals() {
  return useQuery({ queryKey: principalsKey, queryFn: listPrincipals });
}

export function usePrincipalRoles() {
  return useQuery({ queryKey: queryKeys.roles, queryFn: listRoleOptions });
}

export function usePrincipalTeams() {
  return useQuery({ queryKey: queryKeys.teams, queryFn: listTeamOptions });
}

/** Principals are users: role user counts and team member counts move with them. */
function useAfterChange() {
  const client = useQueryClient();
  return () => Promise.all([queryKeys.users, queryKeys.roles, queryKeys.teams].map((queryKey) => client.invalidateQueries({ queryKey })));
}

/**
 * The token is in the mutation's data: gcTime 0 drops it from the cache as
 * soon as the modal that shows it lets go (reset()).
 */
export function useCreatePrincipal() {
  const after = useAfterChange();
  return useMutation({ mutationFn: createPrincipal, gcTime: 0, onSuccess: () => after() });
}

export function useRotateToken() {
  const after = useAfterChange();
  return useMutation({ mutationFn: rotatePrincipalToken, gcTime: 0, onSuccess: () => after() });
}

export function useSetPrincipalDisabled() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (input: { id: string; disabled: boolean }) => setPrincipalDisabled(input.id, input.disabled),
    onSuccess: (user) => {
      notifications.show({
        color: 'teal',
        title: user.disabled ? 'Integration disabled' : 'Integration enabled',
        message: user.disabled ? `${user.username}'s token no longer signs in.` : `${user.username} can sign in with its token again.`,
      });
      return after();
    },
  });
}

export function useDeletePrincipal() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: deletePrincipal,
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'Integration deleted', message: 'Its token stopped working; its audit history stays.' });
      return after();
    },
  });
}
