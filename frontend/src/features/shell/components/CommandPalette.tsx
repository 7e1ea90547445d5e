import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconLock, IconLogout, IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useLockWorkspace, useSignOut } from '@/lib/session';
import type { Section } from '../types/sections';

type CommandPaletteProps = { sections: readonly Section[] };

/** Ctrl+K: jump to a section the role may open, sign out or lock. Record search joins later. */
export function CommandPalette({ sections }: CommandPaletteProps) {
  const navigate = useNavigate();
  const lock = useLockWorkspace();
  const signOut = useSignOut();

  const actions: SpotlightActionGroupData[] = [
    {
      group: 'Go to',
      actions: sections.map((section) => {
        const SectionIcon = section.icon;
        return {
          id: `go-${section.id}`,
          label: section.label,
          description: section.id === 'admin' ? 'Users, roles, teams and security' : `Open ${section.label}`,
          keywords: section.keywords,
          leftSection: <SectionIcon size={20} stroke={1.5} />,
          onClick: () => navigate(section.path),
        };
      }),
    },
    {
      group: 'Session',
      actions: [
        {
          id: 'sign-out',
          label: 'Sign out',
          description: 'End your session; the workspace stays open on this computer',
          keywords: ['logout', 'log out', 'switch user'],
          leftSection: <IconLogout size={20} stroke={1.5} />,
          onClick: () => signOut.mutate(),
        },
        {
          id: 'lock',
          label: 'Lock workspace',
          description: 'Sign out and close the encrypted workspace',
          keywords: ['close', 'secure'],
          leftSection: <IconLock size={20} stroke={1.5} />,
          onClick: () => lock.mutate(),
        },
      ],
    },
  ];

  return (
    <Spotlight
      actions={actions}
      shortcut={['mod + K']}
      nothingFound="Nothing found. Record search arrives with a coming release."
      highlightQuery
      scrollable
      maxHeight={420}
      searchProps={{ leftSection: <IconSearch size={20} stroke={1.5} />, placeholder: 'Search or jump to…' }}
    />
  );
}
