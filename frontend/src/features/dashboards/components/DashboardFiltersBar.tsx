import { Group, Select, TextInput } from '@mantine/core';
import { IconCalendar, IconUsersGroup } from '@tabler/icons-react';
import type { DashboardFilters, Team } from '../types/dashboardTypes';
import { CUSTOM_RANGE, DATE_RANGE_GROUPS, filterErrors, rangeChoice, rangeOf } from '../types/filters';

type DashboardFiltersBarProps = {
  filters: DashboardFilters;
  teams: readonly Team[];
  onChange: (filters: DashboardFilters) => void;
};

const ALL_TEAMS = 'all';

/** The dashboard-wide filters: a date range (with custom days) and a team. */
export function DashboardFiltersBar({ filters, teams, onChange }: DashboardFiltersBarProps) {
  const errors = filterErrors(filters);
  const custom = filters.dateRange === CUSTOM_RANGE;
  return (
    <Group gap="xs" align="flex-start" wrap="wrap">
      <Select
        aria-label="Date range"
        data={DATE_RANGE_GROUPS.map((g) => ({ group: g.group, items: [...g.items] }))}
        value={rangeChoice(filters)}
        onChange={(choice) => {
          const range = rangeOf(choice);
          onChange({ ...filters, dateRange: range, from: range === CUSTOM_RANGE ? filters.from : undefined, to: range === CUSTOM_RANGE ? filters.to : undefined });
        }}
        allowDeselect={false}
        leftSection={<IconCalendar size={16} />}
        w={250}
        maxDropdownHeight={360}
      />
      {custom ? (
        <>
          <TextInput
            type="date"
            aria-label="First day"
            value={filters.from ?? ''}
            onChange={(e) => onChange({ ...filters, from: e.currentTarget.value })}
            error={errors['filters.from']}
            w={160}
          />
          <TextInput
            type="date"
            aria-label="Last day"
            value={filters.to ?? ''}
            onChange={(e) => onChange({ ...filters, to: e.currentTarget.value })}
            error={errors['filters.to']}
            w={160}
          />
        </>
      ) : null}
      <Select
        aria-label="Team"
        data={[{ value: ALL_TEAMS, label: 'All teams' }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
        value={filters.teamId || ALL_TEAMS}
        onChange={(team) => onChange({ ...filters, teamId: !team || team === ALL_TEAMS ? undefined : team })}
        allowDeselect={false}
        leftSection={<IconUsersGroup size={16} />}
        w={190}
      />
    </Group>
  );
}
