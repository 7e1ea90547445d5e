import { Loader, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useLookup } from '../hooks/useLookup';
import { MAX_REFS, refTitle, type RefTitles } from '../types/refTitles';

type RefMultiSelectProps = {
  /** The entity the refs field points at. */
  entity: string;
  label?: string;
  placeholder?: string;
  value: string[];
  /** Titles of the linked records the viewer may read (RecordItem.refTitles). */
  titles: RefTitles;
  required?: boolean;
  error?: React.ReactNode;
  description?: React.ReactNode;
  disabled?: boolean;
  onChange: (ids: string[]) => void;
};

/**
 * An async multi-picker of records of `entity`, searched by the backend (Lookup,
 * debounced) as the user types; at most MAX_REFS. Linked ids the viewer may not
 * read stay in the value, shown as "(a record you cannot see)"; they can be removed.
 */
export function RefMultiSelect({ entity, value, titles, onChange, description, ...props }: RefMultiSelectProps) {
  const [search, setSearch] = useState('');
  // Titles of records picked in this session (they are not in `titles` yet).
  const [picked, setPicked] = useState<Record<string, string>>({});
  const full = value.length >= MAX_REFS;
  const lookup = useLookup(entity, search, !props.disabled && !!entity && !full);
  const subtitles = new Map<string, string>();
  const data = new Map<string, string>();
  for (const id of value) data.set(id, picked[id] ?? refTitle(id, titles));
  for (const hit of lookup.data ?? []) {
    if (!data.has(hit.id)) data.set(hit.id, hit.title);
    if (hit.subtitle) subtitles.set(hit.id, hit.subtitle);
  }

  return (
    <MultiSelect
      {...props}
      searchable
      clearable
      hidePickedOptions
      maxValues={MAX_REFS}
      value={value}
      data={[...data].map(([id, label]) => ({ value: id, label }))}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      description={full ? `At most ${MAX_REFS} records: remove one to link another.` : description}
      nothingFoundMessage={full ? undefined : lookup.isFetching ? 'Searching…' : 'No matches'}
      rightSection={lookup.isFetching ? <Loader size={14} /> : undefined}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text fz="sm">{option.label}</Text>
          {subtitles.get(option.value) && <Text fz="xs" c="dimmed">{subtitles.get(option.value)}</Text>}
        </Stack>
      )}
      onChange={(ids) => {
        const added = ids.filter((id) => !value.includes(id));
        if (added.length) setPicked((t) => ({ ...t, ...Object.fromEntries(added.map((id) => [id, data.get(id) ?? id])) }));
        onChange(ids);
      }}
    />
  );
}
