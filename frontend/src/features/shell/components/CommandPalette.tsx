import { Loader } from '@mantine/core';
import { Spotlight, type SpotlightActionData, type SpotlightActionGroupData, type SpotlightFilterFunction } from '@mantine/spotlight';
import { IconLock, IconLogout, IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useLockWorkspace, useSignOut } from '@/lib/session';
import type { Section } from '../types/sections';

type CommandPaletteProps = {
  sections: readonly Section[];
  query: string;
  onQueryChange: (query: string) => void;
  /** Record hits for the query, already matched by the backend (ids start with "record:"). */
  resultGroups?: SpotlightActionGroupData[];
  searching?: boolean;
};

/**
 * Enter opens the top hit when nothing is highlighted yet (Spotlight only
 * triggers a highlighted action). Runs before Spotlight's own Enter handler.
 */
function selectFirstOnEnter(event: React.KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter') return;
  const list = document.querySelector('.mantine-Spotlight-actionsList');
  if (list && !list.querySelector('[data-selected]')) list.querySelector('[data-action]')?.setAttribute('data-selected', 'true');
}

const isRecord = (a: SpotlightActionData) => a.id.startsWith('record:');
const matches = (a: SpotlightActionData, q: string) =>
  [a.label, a.description, ...(Array.isArray(a.keywords) ? a.keywords : [a.keywords])].some((t) => t?.toLowerCase().includes(q));

/** Keeps record hits as the backend ranked them; filters navigation and session actions by the words typed. */
const filterActions: SpotlightFilterFunction = (query, actions) => {
  const q = query.trim().toLowerCase();
  const keep = (a: SpotlightActionData) => isRecord(a) || !q || matches(a, q);
  const out: typeof actions = [];
  for (const item of actions) {
    if (!('actions' in item)) {
      if (keep(item)) out.push(item);
      continue;
    }
    const group = item as SpotlightActionGroupData;
    const kept = group.actions.filter(keep);
    if (kept.length) out.push({ ...group, actions: kept });
  }
  return out;
};

/** Ctrl+K: records found by the global search, jump to a section, sign out or lock. */
export function CommandPalette({ sections, query, onQueryChange, resultGroups = [], searching }: CommandPaletteProps) {
  const navigate = useNavigate();
  const lock = useLockWorkspace();
  const signOut = useSignOut();

  const actions: SpotlightActionGroupData[] = [
    ...resultGroups,
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
      query={query}
      onQueryChange={onQueryChange}
      filter={filterActions}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      nothingFound={searching ? 'Searching…' : query.trim().length < 2 ? 'Type at least 2 characters to search records.' : 'No records or actions match.'}
      highlightQuery
      scrollable
      maxHeight={480}
      limit={60}
      searchProps={{
        leftSection: <IconSearch size={20} stroke={1.5} />,
        rightSection: searching ? <Loader size={16} /> : undefined,
        placeholder: 'Search records or jump to…',
        onKeyDown: selectFirstOnEnter,
      }}
    />
  );
}
