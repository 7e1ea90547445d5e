import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { fieldOptions } from '../types/fieldOptions';
import type { CatalogField } from '../types/reportTypes';
import { FieldOption } from './FieldOption';

type FieldMultiSelectProps = {
  fields: readonly CatalogField[];
  value: string[];
  onChange: (keys: string[]) => void;
  label: string;
  description?: string;
  placeholder?: string;
  error?: string;
};

/** Several catalog fields in order (a table's columns); masked fields are listed but disabled. */
export function FieldMultiSelect({ fields, value, onChange, label, description, placeholder, error }: FieldMultiSelectProps) {
  const data = useMemo(() => fieldOptions(fields), [fields]);
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? placeholder : undefined}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage="No such field"
      renderOption={({ option }) => <FieldOption option={option} />}
      error={error}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
