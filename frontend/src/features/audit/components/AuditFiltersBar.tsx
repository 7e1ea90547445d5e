import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { countActiveFilters, type AuditFilters } from '../types/auditFilters';
import { ACTION_SUGGESTIONS, CATEGORIES, OBJECT_TYPE_SUGGESTIONS, OUTCOMES } from '../types/auditVocab';
import type { UserOption } from '../types/userOptions';
import { AuditTimeRangeFilter } from './AuditTimeRangeFilter';
import { DebouncedTextInput } from './DebouncedTextInput';

type AuditFiltersBarProps = {
  filters: AuditFilters;
  users: UserOption[];
  onChange: (patch: Partial<AuditFilters>) => void;
  onClear: () => void;
};

const options = (terms: ReadonlyArray<{ value: string; label: string }>) => terms.map(({ value, label }) => ({ value, label }));

/** Everything the audit list filters by; each change lands in the URL. Text boxes wait for a typing pause. */
export function AuditFiltersBar({ filters, users, onChange, onClear }: AuditFiltersBarProps) {
  const active = countActiveFilters(filters);
  return (
    <Group gap="sm" align="flex-end" data-testid="audit-filters">
      <DebouncedTextInput
        label="Search"
        placeholder="Names, labels, actions, reasons"
        leftSection={<IconSearch size={16} />}
        w={220}
        value={filters.text}
        onChange={(text) => onChange({ text })}
      />
      <AuditTimeRangeFilter filters={filters} onChange={onChange} />
      <Select
        label="User"
        w={160}
        searchable
        clearable
        placeholder="Anyone"
        data={users}
        value={filters.userId || null}
        onChange={(userId) => onChange({ userId: userId ?? '' })}
        nothingFoundMessage="No such user in the loaded entries"
      />
      <Select
        label="Category"
        w={140}
        clearable
        placeholder="Any"
        data={options(CATEGORIES)}
        value={filters.category || null}
        onChange={(category) => onChange({ category: category ?? '' })}
      />
      <DebouncedTextInput
        label="Action"
        placeholder="contact. or contact.update"
        w={170}
        suggestions={ACTION_SUGGESTIONS}
        value={filters.action}
        onChange={(action) => onChange({ action })}
      />
      <DebouncedTextInput
        label="Object type"
        placeholder="contact"
        w={120}
        suggestions={OBJECT_TYPE_SUGGESTIONS}
        value={filters.objectType}
        onChange={(objectType) => onChange({ objectType })}
      />
      <DebouncedTextInput label="Object id" w={130} value={filters.objectId} onChange={(objectId) => onChange({ objectId })} />
      <Select
        label="Outcome"
        w={120}
        clearable
        placeholder="Any"
        data={options(OUTCOMES)}
        value={filters.outcome || null}
        onChange={(outcome) => onChange({ outcome: outcome ?? '' })}
      />
      {active > 0 && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          Clear filters ({active})
        </Button>
      )}
    </Group>
  );
}
