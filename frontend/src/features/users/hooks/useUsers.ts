import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queryKeys';
import {
  createUser,
  deleteUser,
  effectiveAccess,
  listRoleOptions,
  listTeamOptions,
  listUsers,
  resetUserPassword,
  setUserDisabled,
  updateUser,
} from '../api/usersApi';

export function useUsers() {
  return useQuery({ queryKey: queryKeys.users, queryFn: listUsers });
}

export function useRoleOptions() {
  return useQuery({ queryKey: queryKeys.roles, queryFn: listRoleOptions });
}

export function useTeamOptions() {
  return useQuery({ queryKey: queryKeys.teams, queryFn: listTeamOptions });
}

export function useEffectiveAccess(userId: string | null) {
  return useQuery({
    queryKey: queryKeys.effectiveAccess(userId ?? ''),
    queryFn: () => effectiveAccess(userId ?? ''),
    enabled: userId !== null,
  });
}

/** Users changes move role user counts and team member counts too. */
function useAfterUserChange() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      [queryKeys.users, queryKeys.roles, queryKeys.teams, ['access']].map((queryKey) => client.invalidateQueries({ queryKey })),
    );
}

export function useCreateUser() {
  const after = useAfterUserChange();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      notifications.show({ color: 'teal', title: 'User added', message: `${user.username} must choose a new password at first sign-in.` });
      return after();
    },
  });
}

export function useUpdateUser() {
  const after = useAfterUserChange();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      notifications.show({ color: 'teal', title: 'User saved', message: user.username });
      return after();
    },
  });
}

export function useSetUserDisabled() {
  const after = useAfterUserChange();
  return useMutation({
    mutationFn: (input: { id: string; disabled: boolean }) => setUserDisabled(input.id, input.disabled),
    onSuccess: (user) => {
      notifications.show({ color: 'teal', title: user.disabled ? 'User disabled' : 'User enabled', message: user.username });
      return after();
    },
  });
}

export function useResetPassword() {
  const after = useAfterUserChange();
  return useMutation({
    mutationFn: (input: { id: string; password: string }) => resetUserPassword(input.id, input.password),
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'Password reset', message: 'They must choose a new one at next sign-in.' });
      return after();
    },
  });
}

export function useDeleteUser() {
  const after = useAfterUserChange();
  return useMutation({
    mutationFn: deleteUser,
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'User deleted', message: 'Their audit history stays.' });
      return after();
    },
  });
}
