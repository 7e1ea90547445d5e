import { ActionIcon, Group, Paper, Select, Stack } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { applyChoice, choiceOf, operatorChoices } from '../types/operators';
import { withField } from '../types/filterEdits';
import type { CatalogField, ReportFilter } from '../types/reportTypes';
import { FieldSelect } from './FieldSelect';
import { FilterValueInput } from './FilterValueInput';

type FilterRowProps = {
  index: number;
  filter: ReportFilter;
  fields: readonly CatalogField[];
  onChange: (filter: ReportFilter) => void;
  onRemove: () => void;
  optionsFor: (key: string) => string[];
  /** Errors by spec path, this row's under filters[index]. */
  errors: Record<string, string>;
};

/** One condition: field, condition (valid for the field's type, with relative periods for dates) and its value. */
export function FilterRow({ index, filter, fields, onChange, onRemove, optionsFor, errors }: FilterRowProps) {
  const field = fields.find((f) => f.key === filter.field);
  const path = `filters[${index}]`;
  const valueError = errors[`${path}.value`] ?? errors[`${path}.values`] ?? errors[`${path}.values[0]`] ?? errors[`${path}.values[1]`] ?? errors[`${path}.n`];
  return (
    <Paper withBorder p="xs" radius="md" data-testid="filter-row">
      <Stack gap={6}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <FieldSelect
            fields={fields}
            value={filter.field}
            onChange={(key) => onChange(withField(filter, fields.find((f) => f.key === key), field))}
            ariaLabel={`Filter ${index + 1} field`}
            error={errors[`${path}.field`]}
            style={{ flex: 1 }}
          />
          <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={`Remove filter ${index + 1}`} mt={4}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
        {field && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Select
              aria-label={`Filter ${index + 1} condition`}
              data={operatorChoices(field)}
              value={filter.op ? choiceOf(filter) : null}
              onChange={(v) => v && onChange(applyChoice(filter, v))}
              allowDeselect={false}
              error={errors[`${path}.op`]}
              w={170}
              maxDropdownHeight={320}
              comboboxProps={{ withinPortal: true }}
            />
            <FilterValueInput field={field} filter={filter} onChange={onChange} options={optionsFor(field.key)} error={valueError} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
