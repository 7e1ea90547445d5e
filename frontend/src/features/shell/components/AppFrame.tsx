import { AppShell, Badge, Burger, Divider, Group, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { BrandMark } from '@/components/BrandMark';
import { ColorSchemeToggle } from '@/components/ColorSchemeToggle';
import type { WorkspaceStatus } from '@/lib/workspaceStatus';
import { GlobalSearchInput } from './GlobalSearchInput';
import { NavbarLinks } from './NavbarLinks';
import type { Section, SectionId } from '../types/sections';

type AppFrameProps = {
  status: WorkspaceStatus;
  /** The sections the signed-in role may open. */
  sections: readonly Section[];
  /** The signed-in user's menu (composed by the app). */
  userMenu: ReactNode;
  /** The Ctrl+K palette (composed by the app: it joins record search to section navigation). */
  palette: ReactNode;
  /** Badges beside section links (e.g. open alerts), composed by the app. */
  navBadges?: Partial<Record<SectionId, ReactNode>>;
};

/** The signed-in window: sidebar of sections, top bar with search and user, the routed page. */
export function AppFrame({ status, sections, userMenu, palette, navBadges }: AppFrameProps) {
  const [navOpened, { toggle }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="xl"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="md" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: '0 1 auto' }}>
            <Burger opened={navOpened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle sections" />
            <BrandMark size="sm" />
            <Divider orientation="vertical" my={16} visibleFrom="sm" />
            <Text fw={600} fz="sm" truncate maw={220} visibleFrom="sm" title={status.name}>
              {status.name}
            </Text>
          </Group>
          <Group justify="center" style={{ flex: 1 }} miw={0}>
            <GlobalSearchInput />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ColorSchemeToggle />
            {userMenu}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm">
        <AppShell.Section grow component={ScrollArea}>
          <NavbarLinks sections={sections} badges={navBadges} />
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap={6} px={6} pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
            <Tooltip label={`Encrypted with ${status.cipher || 'AES-256-GCM'}`} withArrow>
              <Badge variant="light" color="teal" leftSection={<IconLock size={12} />} radius="sm" tt="none" fw={500}>
                Encrypted workspace
              </Badge>
            </Tooltip>
            <Text fz="xs" c="dimmed">
              FieldVault {status.appVersion}
            </Text>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main bg="var(--mantine-color-body)">
        <Outlet />
      </AppShell.Main>

      {palette}
    </AppShell>
  );
}
