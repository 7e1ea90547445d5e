import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { describeError } from '@/lib/errors';
import { queryKeys } from '@/lib/queryKeys';
import { createTeam, deleteTeam, listTeams, renameTeam } from '../api/teamsApi';

export function useTeams() {
  return useQuery({ queryKey: queryKeys.teams, queryFn: listTeams });
}

function useInvalidateTeams() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: queryKeys.teams }), client.invalidateQueries({ queryKey: queryKeys.users })]);
}

/** Create when id is absent, else rename. Field errors are left to the form. */
export function useSaveTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ id, name }: { id?: string; name: string }) => (id ? renameTeam(id, name) : createTeam(name)),
    onSuccess: (team, { id }) => {
      notifications.show({ color: 'teal', title: id ? 'Team renamed' : 'Team created', message: team.name });
      return invalidate();
    },
  });
}

export function useDeleteTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: deleteTeam,
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'Team deleted', message: 'Its members keep their other teams.' });
      return invalidate();
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not delete the team', message: describeError(error) }),
  });
}
