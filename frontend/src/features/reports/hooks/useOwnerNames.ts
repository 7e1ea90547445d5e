import { useQuery } from '@tanstack/react-query';
import { hasPermission, PERMS } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import { fetchUserNames } from '../api/reportsApi';
import { reportKeys } from '../api/reportKeys';

/** Owner names by user id when the viewer may list users (users.manage); otherwise undefined. */
export function useOwnerNames(): Record<string, string> | undefined {
  const session = useSession();
  const allowed = hasPermission(session, PERMS.usersManage);
  const query = useQuery({ queryKey: reportKeys.owners, queryFn: fetchUserNames, enabled: allowed, staleTime: 60_000 });
  return allowed ? query.data : undefined;
}
