import { Group, Select, TextInput } from '@mantine/core';
import type { AuditFilters } from '../types/auditFilters';
import { RANGE_OPTIONS, dayOf, isRangePreset } from '../types/timeRange';

type AuditTimeRangeFilterProps = {
  filters: Pick<AuditFilters, 'range' | 'from' | 'to'>;
  onChange: (patch: Partial<AuditFilters>) => void;
};

/** The time filter: a preset, or from/to days when "Custom range" is chosen (to includes its whole day). */
export function AuditTimeRangeFilter({ filters, onChange }: AuditTimeRangeFilterProps) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label="Time"
        w={150}
        data={RANGE_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
        value={filters.range}
        allowDeselect={false}
        onChange={(range) => {
          if (isRangePreset(range)) onChange({ range, from: '', to: '' });
        }}
      />
      {filters.range === 'custom' && (
        <>
          <TextInput
            type="date"
            label="From"
            w={140}
            value={dayOf(filters.from)}
            max={dayOf(filters.to) || undefined}
            onChange={(e) => onChange({ range: 'custom', from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label="To"
            w={140}
            value={dayOf(filters.to)}
            min={dayOf(filters.from) || undefined}
            onChange={(e) => onChange({ range: 'custom', to: e.currentTarget.value })}
          />
        </>
      )}
    </Group>
  );
}
