import { ActionIcon, Group, Indicator, Popover, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconFilter } from '@tabler/icons-react';
import { useState } from 'react';
import type { FieldDef } from '../api/recordsApi';
import { isActive, type FilterValue } from '../types/filters';
import { FilterEditor } from './FilterEditor';

type ColumnHeaderProps = {
  label: string;
  /** The ListQuery.sort key, when the column sorts. */
  sortKey?: string;
  sort: { key: string; desc: boolean };
  onSort: (key: string, desc: boolean) => void;
  /** The field, when the column filters. */
  filterField?: FieldDef;
  filter?: FilterValue;
  filterOptions?: { value: string; label: string }[];
  onFilter: (field: string, value: FilterValue | undefined) => void;
};

/** A header cell: click to sort (asc → desc → default), a funnel opens the column filter. */
export function ColumnHeader({ label, sortKey, sort, onSort, filterField, filter, filterOptions, onFilter }: ColumnHeaderProps) {
  const [open, setOpen] = useState(false);
  const sorted = sortKey !== undefined && sort.key === sortKey;
  const SortIcon = !sorted ? IconArrowsSort : sort.desc ? IconArrowDown : IconArrowUp;
  const nextSort = () => {
    if (!sortKey) return;
    if (!sorted) onSort(sortKey, false);
    else if (!sort.desc) onSort(sortKey, true);
    else onSort('', true);
  };

  return (
    <Group gap={4} wrap="nowrap" justify="space-between" w="100%">
      {sortKey ? (
        <UnstyledButton onClick={nextSort} aria-label={`Sort by ${label}`} style={{ minWidth: 0 }}>
          <Group gap={4} wrap="nowrap">
            <Text fz="xs" fw={600} tt="uppercase" c={sorted ? undefined : 'dimmed'} truncate>
              {label}
            </Text>
            <SortIcon size={13} stroke={1.8} opacity={sorted ? 1 : 0.45} />
          </Group>
        </UnstyledButton>
      ) : (
        <Text fz="xs" fw={600} tt="uppercase" c="dimmed" truncate>
          {label}
        </Text>
      )}
      {filterField && (
        <Popover opened={open} onChange={setOpen} position="bottom-start" shadow="md" withArrow trapFocus>
          <Popover.Target>
            <Indicator disabled={!isActive(filter)} size={7} offset={3}>
              <ActionIcon
                size="sm"
                variant={isActive(filter) ? 'light' : 'subtle'}
                color={isActive(filter) ? undefined : 'gray'}
                aria-label={`Filter ${label}`}
                onClick={() => setOpen((o) => !o)}
              >
                <IconFilter size={13} />
              </ActionIcon>
            </Indicator>
          </Popover.Target>
          <Popover.Dropdown>
            <FilterEditor
              field={filterField}
              value={filter}
              options={filterOptions}
              onApply={(value) => {
                onFilter(filterField.name, value);
                setOpen(false);
              }}
            />
          </Popover.Dropdown>
        </Popover>
      )}
    </Group>
  );
}
