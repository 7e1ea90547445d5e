import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { countActiveFilters, dateRangeProblem, type RunFilters } from '../types/runFilters';
import { KIND_OPTIONS, OUTCOME_OPTIONS } from '../types/runFormat';
import { DebouncedSearchInput } from './DebouncedSearchInput';

type RunFiltersBarProps = { filters: RunFilters; onChange: (patch: Partial<RunFilters>) => void; onClear: () => void };

/** Kind, outcome, a date range (inclusive days) and a text search over name, source, target, person and message. */
export function RunFiltersBar({ filters, onChange, onClear }: RunFiltersBarProps) {
  const active = countActiveFilters(filters);
  const rangeProblem = dateRangeProblem(filters);
  return (
    <Group gap="sm" align="flex-start" data-testid="run-filters">
      <DebouncedSearchInput label="Search" placeholder="Name, file, person, message" w={200} value={filters.text} onChange={(text) => onChange({ text })} />
      <Select
        label="Kind"
        w={150}
        clearable
        placeholder="Any"
        data={KIND_OPTIONS}
        value={filters.kind || null}
        onChange={(kind) => onChange({ kind: (kind ?? '') as RunFilters['kind'] })}
      />
      <Select
        label="Outcome"
        w={130}
        clearable
        placeholder="Any"
        data={OUTCOME_OPTIONS}
        value={filters.outcome || null}
        onChange={(outcome) => onChange({ outcome: (outcome ?? '') as RunFilters['outcome'] })}
      />
      <TextInput
        type="date"
        label="From"
        w={140}
        value={filters.from}
        max={filters.to || undefined}
        onChange={(e) => onChange({ from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label="To"
        w={140}
        value={filters.to}
        min={filters.from || undefined}
        error={rangeProblem || undefined}
        onChange={(e) => onChange({ to: e.currentTarget.value })}
      />
      {active > 0 ? (
        <Button variant="subtle" mt={25} leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          Clear filters ({active})
        </Button>
      ) : null}
    </Group>
  );
}
