import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconLock, IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useLockWorkspace } from '../hooks/useLockWorkspace';
import { SECTIONS } from '../types/sections';

/** Ctrl+K: jump to a section or lock the workspace. Record search joins later. */
export function CommandPalette() {
  const navigate = useNavigate();
  const lock = useLockWorkspace();

  const actions: SpotlightActionGroupData[] = [
    {
      group: 'Go to',
      actions: SECTIONS.map((section) => {
        const SectionIcon = section.icon;
        return {
          id: `go-${section.id}`,
          label: section.label,
          description: section.id === 'admin' ? 'Workspace security and settings' : `Open ${section.label}`,
          keywords: section.keywords,
          leftSection: <SectionIcon size={20} stroke={1.5} />,
          onClick: () => navigate(section.path),
        };
      }),
    },
    {
      group: 'Workspace',
      actions: [
        {
          id: 'lock',
          label: 'Lock workspace',
          description: 'Close the encrypted workspace; unlock again to continue',
          keywords: ['sign out', 'logout', 'close'],
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
