import { Group, Select } from '@mantine/core';
import { ANY, severityOptions, statusOptions } from '../types/alertMeta';
import { useAlertRules } from '../hooks/useAlertRules';

type AlertFiltersProps = {
  status: string;
  severity: string;
  rule: string;
  /** Called with the changed filter; the page goes back to 1. */
  onChange: (changes: { status?: string; severity?: string; rule?: string }) => void;
};

const fromSelect = (value: string | null) => (value === null || value === ANY ? '' : value);

/** Status, severity and rule filters above the alert list ("" = any). */
export function AlertFilters({ status, severity, rule, onChange }: AlertFiltersProps) {
  const rules = useAlertRules();
  const ruleOptions = [{ value: ANY, label: 'Any rule' }, ...(rules.data ?? []).map((r) => ({ value: r.id, label: r.name }))];
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label="Status"
        data={statusOptions()}
        value={status || ANY}
        onChange={(value) => onChange({ status: fromSelect(value) })}
        allowDeselect={false}
        w={180}
      />
      <Select
        label="Severity"
        data={severityOptions(true)}
        value={severity || ANY}
        onChange={(value) => onChange({ severity: fromSelect(value) })}
        allowDeselect={false}
        w={170}
      />
      <Select
        label="Rule"
        data={ruleOptions}
        value={rule || ANY}
        onChange={(value) => onChange({ rule: fromSelect(value) })}
        allowDeselect={false}
        searchable
        w={280}
      />
    </Group>
  );
}
