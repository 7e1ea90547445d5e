import { Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconLayoutKanban, IconList, IconSearch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { EntityDef } from '../api/recordsApi';
import type { SavedView } from '../api/viewsApi';
import { SavedViewPicker } from './SavedViewPicker';

type RecordListToolbarProps = {
  entity: EntityDef;
  search: string;
  onSearch: (text: string) => void;
  activeFilters: number;
  onClearFilters: () => void;
  viewId: string | null;
  onApplyView: (view: SavedView | null) => void;
  onSaveView: () => void;
  trash: boolean;
  onTrash: (trash: boolean) => void;
  /** Deals only: list or board. */
  mode?: 'list' | 'board';
  onMode?: (mode: 'list' | 'board') => void;
};

/** Search, saved views, filter summary, Trash toggle (and the deals board toggle). */
export function RecordListToolbar(props: RecordListToolbarProps) {
  const { entity, activeFilters, trash, mode } = props;
  const [text, setText] = useState(props.search);
  const [lastSearch, setLastSearch] = useState(props.search);
  if (props.search !== lastSearch) {
    // A view or "clear" replaced the search from outside.
    setLastSearch(props.search);
    setText(props.search);
  }
  const push = useDebouncedCallback((value: string) => props.onSearch(value), 250);

  return (
    <Group gap="sm" wrap="wrap">
      <TextInput
        w={280}
        leftSection={<IconSearch size={16} />}
        placeholder={`Search ${entity.labelPlural.toLowerCase()}…`}
        aria-label={`Search ${entity.labelPlural.toLowerCase()}`}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          push(e.currentTarget.value);
        }}
      />
      {!trash && <SavedViewPicker entity={entity.name} value={props.viewId} onApply={props.onApplyView} onSaveClick={props.onSaveView} />}
      {activeFilters > 0 && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={props.onClearFilters}>
          Clear {activeFilters} {activeFilters === 1 ? 'filter' : 'filters'}
        </Button>
      )}
      <Group gap="sm" ml="auto">
        {mode && props.onMode && !trash && (
          <SegmentedControl
            value={mode}
            onChange={(v) => props.onMode?.(v as 'list' | 'board')}
            aria-label="Layout"
            data={[
              { value: 'list', label: <Group gap={6} wrap="nowrap"><IconList size={15} />List</Group> },
              { value: 'board', label: <Group gap={6} wrap="nowrap"><IconLayoutKanban size={15} />Board</Group> },
            ]}
          />
        )}
        <Button
          variant={trash ? 'filled' : 'default'}
          color={trash ? 'red' : undefined}
          leftSection={<IconTrash size={16} />}
          aria-pressed={trash}
          onClick={() => props.onTrash(!trash)}
        >
          {trash ? 'Leave Trash' : 'Trash'}
        </Button>
      </Group>
    </Group>
  );
}
