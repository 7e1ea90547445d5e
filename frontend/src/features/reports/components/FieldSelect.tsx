import { Select } from '@mantine/core';
import { useMemo, type CSSProperties } from 'react';
import { fieldOptions } from '../types/fieldOptions';
import { FieldOption } from './FieldOption';
import type { CatalogField } from '../types/reportTypes';

type FieldSelectProps = {
  fields: readonly CatalogField[];
  value: string;
  onChange: (key: string) => void;
  /** Which fields fit here (e.g. groupable); others are not listed. */
  usable?: (f: CatalogField) => boolean;
  label?: string;
  placeholder?: string;
  error?: string;
  ariaLabel?: string;
  w?: number | string;
  style?: CSSProperties;
};

/** One catalog field, searchable and grouped; masked fields are listed but disabled. */
export function FieldSelect({ fields, value, onChange, usable, label, placeholder = 'Choose a field', error, ariaLabel, w, style }: FieldSelectProps) {
  const data = useMemo(() => fieldOptions(fields, usable), [fields, usable]);
  return (
    <Select
      label={label}
      aria-label={ariaLabel ?? label}
      placeholder={placeholder}
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No such field"
      renderOption={({ option }) => <FieldOption option={option} />}
      error={error}
      w={w}
      style={style}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={320}
    />
  );
}
