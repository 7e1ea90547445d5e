import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconKey, IconTargetArrow, IconShieldLock, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PipelinePanel } from '@/features/pipeline/components/PipelinePanel';
import { RolesPanel } from '@/features/roles/components/RolesPanel';
import { SecuritySettingsCard } from '@/features/security/components/SecuritySettingsCard';
import { WorkspaceSecurityPanel } from '@/features/security/components/WorkspaceSecurityPanel';
import { TeamsPanel } from '@/features/teams/components/TeamsPanel';
import { UsersPanel } from '@/features/users/components/UsersPanel';
import { NoAccessState } from '@/features/shell/components/NoAccessState';
import { adminTabs, type AdminTabId, type SessionInfo } from '@/lib/permissions';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';

type AdminPageProps = { status: WorkspaceStatus; session: SessionInfo };

const TAB_META: Record<AdminTabId, { label: string; icon: ReactNode }> = {
  users: { label: 'Users', icon: <IconUsers size={16} /> },
  roles: { label: 'Roles', icon: <IconKey size={16} /> },
  teams: { label: 'Teams', icon: <IconUsersGroup size={16} /> },
  pipeline: { label: 'Pipeline', icon: <IconTargetArrow size={16} /> },
  security: { label: 'Security', icon: <IconShieldLock size={16} /> },
};

/** Admin → the tabs this user may use; /admin/<tab> in the URL. */
export function AdminPage({ status, session }: AdminPageProps) {
  const { tab } = useParams();
  const navigate = useNavigate();
  const tabs = adminTabs(session);
  if (!tab) return tabs[0] ? <Navigate to={`/admin/${tabs[0]}`} replace /> : <NoAccessState />;
  const current = tabs.find((id) => id === tab);

  const panels: Record<AdminTabId, ReactNode> = {
    users: <UsersPanel />,
    roles: <RolesPanel />,
    teams: <TeamsPanel />,
    pipeline: <PipelinePanel />,
    security: (
      <Stack gap="xl">
        <SecuritySettingsCard status={status} />
        <WorkspaceSecurityPanel status={status} />
      </Stack>
    ),
  };

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2} fz={22}>
          Admin
        </Title>
        <Text fz="sm" c="dimmed">
          Who can sign in, what each role may do, and how the workspace is protected.
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
