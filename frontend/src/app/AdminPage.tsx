import { Stack, Tabs, Text, Title } from '@mantine/core';
import {
  IconDatabaseExport,
  IconKey,
  IconPlugConnected,
  IconTargetArrow,
  IconShieldLock,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { BackupsPanel } from '@/features/backups/components/BackupsPanel';
import { canBackUp } from '@/features/backups/types/backupAccess';
import { PipelinePanel } from '@/features/pipeline/components/PipelinePanel';
import { IntegrationsPanel } from '@/features/principals/components/IntegrationsPanel';
import { RolesPanel } from '@/features/roles/components/RolesPanel';
import { SecuritySettingsCard } from '@/features/security/components/SecuritySettingsCard';
import { WorkspaceSecurityPanel } from '@/features/security/components/WorkspaceSecurityPanel';
import { TeamsPanel } from '@/features/teams/components/TeamsPanel';
import { UsersPanel } from '@/features/users/components/UsersPanel';
import { NoAccessState } from '@/features/shell/components/NoAccessState';
import { adminTabs, hasPermission, PERMS, type AdminTabId, type SessionInfo } from '@/lib/permissions';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';

type AdminPageProps = { status: WorkspaceStatus; session: SessionInfo };

/** The tabs of lib/permissions, plus Integrations (users.manage) and Backups (administrators). */
type PageTabId = AdminTabId | 'integrations' | 'backups';

function pageTabs(session: SessionInfo): PageTabId[] {
  const tabs: PageTabId[] = [...adminTabs(session)];
  if (hasPermission(session, PERMS.usersManage)) tabs.splice(tabs.indexOf('users') + 1, 0, 'integrations');
  if (canBackUp(session)) tabs.push('backups');
  return tabs;
}

const TAB_META: Record<PageTabId, { label: string; icon: ReactNode }> = {
  users: { label: 'Users', icon: <IconUsers size={16} /> },
  integrations: { label: 'Integrations', icon: <IconPlugConnected size={16} /> },
  roles: { label: 'Roles', icon: <IconKey size={16} /> },
  teams: { label: 'Teams', icon: <IconUsersGroup size={16} /> },
  pipeline: { label: 'Pipeline', icon: <IconTargetArrow size={16} /> },
  security: { label: 'Security', icon: <IconShieldLock size={16} /> },
  backups: { label: 'Backups', icon: <IconDatabaseExport size={16} /> },
};

/** Admin → the tabs this user may use; /admin/<tab> in the URL. */
export function AdminPage({ status, session }: AdminPageProps) {
  const { tab } = useParams();
  const navigate = useNavigate();
  const tabs = pageTabs(session);
  if (!tab) return tabs[0] ? <Navigate to={`/admin/${tabs[0]}`} replace /> : <NoAccessState />;
  const current = tabs.find((id) => id === tab);

  const panels: Record<PageTabId, ReactNode> = {
    users: <UsersPanel />,
    integrations: <IntegrationsPanel workspaceDir={status.path} />,
    roles: <RolesPanel />,
    teams: <TeamsPanel />,
    pipeline: <PipelinePanel />,
    security: (
      <Stack gap="xl">
        <SecuritySettingsCard status={status} />
        <WorkspaceSecurityPanel status={status} />
      </Stack>
    ),
    backups: <BackupsPanel workspaceName={status.name} />,
  };

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2} fz={22}>
          Admin
        </Title>
        <Text fz="sm" c="dimmed">
          Who can sign in, what each role may do, and how the workspace is protected and backed up.
        </Text>
      </div>
      <Tabs value={current ?? null} onChange={(value) => value && navigate(`/admin/${value}`)} keepMounted={false}>
        <Tabs.List>
          {tabs.map((id) => (
            <Tabs.Tab key={id} value={id} leftSection={TAB_META[id].icon}>
              {TAB_META[id].label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {current ? panels[current] : <NoAccessState />}
    </Stack>
  );
}
