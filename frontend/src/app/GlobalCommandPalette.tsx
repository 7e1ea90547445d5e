import { useState } from 'react';
import { useSearchActions } from '@/features/search/hooks/useSearchActions';
import { CommandPalette } from '@/features/shell/components/CommandPalette';
import type { Section } from '@/features/shell/types/sections';

/** The shell's palette with the global record search joined in. */
export function GlobalCommandPalette({ sections }: { sections: readonly Section[] }) {
  const [query, setQuery] = useState('');
  const search = useSearchActions(query);
  return <CommandPalette sections={sections} query={query} onQueryChange={setQuery} resultGroups={search.groups} searching={search.loading} />;
}
