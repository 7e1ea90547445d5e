import { Select } from '@mantine/core';
import { IconLayoutDashboard } from '@tabler/icons-react';
import { useMemo } from 'react';
import { BUILTIN_ROLES, DEFAULT_DASHBOARD_PREFIX, type DashboardInfo } from '../types/dashboardTypes';

type DashboardPickerProps = {
  dashboards: readonly DashboardInfo[];
  value: string;
  onChange: (id: string) => void;
  /** Also offer the computed default of every built-in role (to view or copy it). */
  withRoleDefaults: boolean;
  loading?: boolean;
};

/** Chooses the dashboard: the viewer's default, the saved ones they see, and (for managers) each role's default. */
export function DashboardPicker({ dashboards, value, onChange, withRoleDefaults, loading }: DashboardPickerProps) {
  const data = useMemo(() => {
    const listed = new Set(dashboards.map((d) => d.id));
    const mine = dashboards.filter((d) => d.isDefault).map((d) => ({ value: d.id, label: d.name }));
    const saved = dashboards.filter((d) => !d.isDefault).map((d) => ({ value: d.id, label: d.name }));
    const roles = withRoleDefaults
      ? BUILTIN_ROLES.filter((r) => !listed.has(DEFAULT_DASHBOARD_PREFIX + r.id)).map((r) => ({
          value: DEFAULT_DASHBOARD_PREFIX + r.id,
          label: `${r.name} dashboard`,
        }))
      : [];
    const groups = [
      { group: 'Your default', items: mine },
      { group: 'Saved dashboards', items: saved },
      { group: 'Role defaults', items: roles },
    ].filter((g) => g.items.length > 0);
    // The current one may not be listed (an id from a link): keep it selectable.
    if (value && !listed.has(value) && !roles.some((r) => r.value === value)) groups.push({ group: 'Open', items: [{ value, label: value }] });
    return groups;
  }, [dashboards, value, withRoleDefaults]);

  return (
    <Select
      aria-label="Dashboard"
      data={data}
      value={value || null}
      onChange={(id) => id && onChange(id)}
      allowDeselect={false}
      searchable
      nothingFoundMessage="No dashboard of that name"
      leftSection={<IconLayoutDashboard size={16} />}
      w={300}
      disabled={loading}
      comboboxProps={{ width: 340, position: 'bottom-start' }}
    />
  );
}
