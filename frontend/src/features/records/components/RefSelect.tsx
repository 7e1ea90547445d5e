import { Loader, Select, type SelectProps } from '@mantine/core';
import { useState } from 'react';
import { useLookup } from '../hooks/useLookup';

type RefSelectProps = {
  /** The entity the ref points at. */
  entity: string;
  label?: string;
  placeholder?: string;
  value: string;
  /** The title of the current value, so it shows before any lookup. */
  initialTitle?: string;
  required?: boolean;
  error?: React.ReactNode;
  description?: React.ReactNode;
  disabled?: boolean;
  size?: SelectProps['size'];
  'aria-label'?: string;
  comboboxProps?: SelectProps['comboboxProps'];
  /** The chosen id ("" when cleared) and its label. */
  onChange: (id: string, title?: string) => void;
};

/** An async picker of records of `entity`, searched by the backend (Lookup) as the user types. */
export function RefSelect({ entity, value, initialTitle, onChange, ...props }: RefSelectProps) {
  const [search, setSearch] = useState('');
  const [titles, setTitles] = useState<Record<string, string>>(() => (value && initialTitle ? { [value]: initialTitle } : {}));
  const lookup = useLookup(entity, search === titles[value] ? '' : search, !props.disabled);
  const data = new Map<string, string>();
  if (value) data.set(value, titles[value] ?? value);
  for (const hit of lookup.data ?? []) data.set(hit.id, hit.subtitle ? `${hit.title} · ${hit.subtitle}` : hit.title);

  return (
    <Select
      {...props}
      searchable
      clearable={!props.required}
      value={value || null}
      data={[...data].map(([id, label]) => ({ value: id, label }))}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={lookup.isFetching ? 'Searching…' : 'No matches'}
      rightSection={lookup.isFetching ? <Loader size={14} /> : undefined}
      onChange={(id, option) => {
        if (id && option) setTitles((t) => ({ ...t, [id]: option.label }));
        onChange(id ?? '', option?.label);
      }}
    />
  );
}
