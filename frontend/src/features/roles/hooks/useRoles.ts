import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queryKeys';
import { invalidateWorkspaceStatus } from '@/lib/workspaceStatus';
import { createRole, deleteRole, getCatalog, listRoles, renameRole, setRolePermissions, type Grant } from '../api/rolesApi';

export function useRoleCatalog() {
  return useQuery({ queryKey: queryKeys.roleCatalog, queryFn: getCatalog, staleTime: Infinity });
}

export function useRoles() {
  return useQuery({ queryKey: queryKeys.roles, queryFn: listRoles });
}

function useAfterRoleChange() {
  const client = useQueryClient();
  // Users show role names; one's own session carries the role's grants.
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.roles }),
      client.invalidateQueries({ queryKey: queryKeys.users }),
      invalidateWorkspaceStatus(client),
    ]);
}

export function useCreateRole() {
  const after = useAfterRoleChange();
  return useMutation({ mutationFn: createRole, onSuccess: () => after() });
}

export function useRenameRole() {
  const after = useAfterRoleChange();
  return useMutation({
    mutationFn: (input: { id: string; name: string; description: string }) => renameRole(input.id, input.name, input.description),
    onSuccess: () => after(),
  });
}

export function useSaveRolePermissions() {
  const after = useAfterRoleChange();
  return useMutation({
    mutationFn: (input: { roleId: string; grants: Grant[]; advanced: string[] }) => setRolePermissions(input.roleId, input.grants, input.advanced),
    onSuccess: (role) => {
      notifications.show({ color: 'teal', title: 'Permissions saved', message: `${role.name}: holders get them at their next action.` });
      return after();
    },
  });
}

export function useDeleteRole() {
  const after = useAfterRoleChange();
  return useMutation({ mutationFn: deleteRole, onSuccess: () => after() });
}
