import { Checkbox, SimpleGrid } from '@mantine/core';
import type { PermissionCatalog } from '../api/rolesApi';

type AdvancedPermissionListProps = {
  catalog: PermissionCatalog['advanced'];
  value: readonly string[];
  readOnly?: boolean;
  onChange: (next: string[]) => void;
};

/** Permissions beyond records: reports, exports, audit, administration. */
export function AdvancedPermissionList({ catalog, value, readOnly, onChange }: AdvancedPermissionListProps) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="sm">
      {(catalog ?? []).map((perm) => (
        <Checkbox
          key={perm.key}
          label={perm.label}
          description={perm.description}
          checked={value.includes(perm.key)}
          disabled={readOnly}
          onChange={(event) =>
            onChange(event.currentTarget.checked ? [...value, perm.key] : value.filter((key) => key !== perm.key))
          }
        />
      ))}
    </SimpleGrid>
  );
}
