import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { blankFilter } from '../types/filterEdits';
import { LIMITS, type CatalogField, type ReportFilter } from '../types/reportTypes';
import { FilterRow } from './FilterRow';

type FiltersEditorProps = {
  fields: readonly CatalogField[];
  filters: ReportFilter[];
  onChange: (filters: ReportFilter[]) => void;
  optionsFor: (key: string) => string[];
  errors: Record<string, string>;
};

/** The report's conditions, all of which a record must meet. */
export function FiltersEditor({ fields, filters, onChange, optionsFor, errors }: FiltersEditorProps) {
  const put = (i: number, f: ReportFilter) => onChange(filters.map((x, j) => (j === i ? f : x)));
  return (
    <Stack gap="xs">
      {filters.length === 0 && <Text fz="sm" c="dimmed">Every record you can see is included.</Text>}
      {filters.map((f, i) => (
        <FilterRow
          key={i}
          index={i}
          filter={f}
          fields={fields}
          onChange={(next) => put(i, next)}
          onRemove={() => onChange(filters.filter((_, j) => j !== i))}
          optionsFor={optionsFor}
          errors={errors}
        />
      ))}
      {errors.filters && <Text fz="xs" c="red">{errors.filters}</Text>}
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...filters, blankFilter()])}
        disabled={filters.length >= LIMITS.filters}
        w="fit-content"
      >
        Add filter
      </Button>
    </Stack>
  );
}
