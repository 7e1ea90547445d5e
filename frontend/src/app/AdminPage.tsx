import { Stack, Text, Title } from '@mantine/core';
import { WorkspaceSecurityPanel } from '@/features/security/components/WorkspaceSecurityPanel';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';

type AdminPageProps = { status: WorkspaceStatus };

export function AdminPage({ status }: AdminPageProps) {
  return (
    <Stack gap="xl" maw={1200}>
      <div>
        <Title order={2} fz={22}>
          Admin
        </Title>
        <Text fz="sm" c="dimmed">
          Settings for the whole workspace. Users and roles arrive with a coming release.
        </Text>
      </div>
      <WorkspaceSecurityPanel status={status} />
    </Stack>
  );
}
