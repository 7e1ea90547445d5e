import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { PERMS, hasPermission } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import { listAuditUsers, type AuditRow } from '../api/auditApi';
import { auditKeys } from '../types/auditKeys';
import { userOptions } from '../types/userOptions';

/** Choices for the user filter; the user list is read only by viewers who hold users.manage. */
export function useAuditUsers(rows: readonly AuditRow[], selected: string) {
  const session = useSession();
  const canList = hasPermission(session, PERMS.usersManage);
  const users = useQuery({ queryKey: auditKeys.users, queryFn: listAuditUsers, enabled: canList, staleTime: 60_000 });
  return useMemo(() => userOptions(users.data ?? [], rows, selected), [users.data, rows, selected]);
}
