import { Autocomplete, Group, MultiSelect, NumberInput, Select, TagsInput, Text, TextInput } from '@mantine/core';
import { isDateType, operandKind } from '../types/operators';
import { listOperands, numberOperand, operandText } from '../types/operandValues';
import type { CatalogField, ReportFilter } from '../types/reportTypes';

type FilterValueInputProps = {
  field: CatalogField;
  filter: ReportFilter;
  onChange: (filter: ReportFilter) => void;
  /** Known values of the field (enum options, stage names), offered as choices. */
  options: string[];
  error?: string;
};

const BOOL_DATA = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

/** The operand input a condition needs, by field type: number, date, yes/no, a choice, text, a list or a day count. */
export function FilterValueInput({ field, filter, onChange, options, error }: FilterValueInputProps) {
  const kind = operandKind(filter.op);
  const numeric = field.type === 'number' || field.type === 'money';
  const date = isDateType(field.type);
  const label = `Value for ${field.label}`;
  const set = (patch: Partial<ReportFilter>) => onChange({ ...filter, ...patch });

  if (kind === 'none') return null;
  if (kind === 'days') {
    return (
      <NumberInput
        aria-label="Number of days"
        value={filter.n ?? ''}
        onChange={(v) => set({ n: numberOperand(v) === '' ? undefined : Number(v) })}
        min={1}
        max={3660}
        allowDecimal={false}
        rightSection={<Text fz="xs" c="dimmed" pr={6}>days</Text>}
        rightSectionWidth={48}
        error={error}
        w={140}
      />
    );
  }
  if (kind === 'pair') {
    const values = filter.values ?? [];
    const one = (i: 0 | 1) => {
      const put = (v: unknown) => {
        const next: unknown[] = [values[0] ?? '', values[1] ?? ''];
        next[i] = v;
        set({ values: next });
      };
      const aria = `${i === 0 ? 'From' : 'To'} (${field.label})`;
      return numeric ? (
        <NumberInput aria-label={aria} value={(values[i] as number | '') ?? ''} onChange={(v) => put(numberOperand(v))} thousandSeparator="," style={{ flex: 1 }} />
      ) : (
        <TextInput aria-label={aria} type={date ? 'date' : 'text'} value={operandText(values[i])} onChange={(e) => put(e.currentTarget.value)} style={{ flex: 1 }} />
      );
    };
    return (
      <div style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} wrap="nowrap" align="center">
          {one(0)}
          <Text fz="xs" c="dimmed">and</Text>
          {one(1)}
        </Group>
        {error && <Text fz="xs" c="red" mt={4}>{error}</Text>}
      </div>
    );
  }
  if (kind === 'list') {
    const values = (filter.values ?? []).map(String);
    if (options.length > 0 && !numeric) {
      return <MultiSelect aria-label={label} data={options} value={values} onChange={(v) => set({ values: v })} searchable placeholder="Choose values" error={error} style={{ flex: 1 }} />;
    }
    return (
      <TagsInput
        aria-label={label}
        value={values}
        onChange={(v) => set({ values: listOperands(field.type, v) })}
        placeholder="Type a value, press Enter"
        data={options}
        error={error}
        style={{ flex: 1 }}
      />
    );
  }
  // a single operand
  if (numeric) {
    return <NumberInput aria-label={label} value={(filter.value as number | '') ?? ''} onChange={(v) => set({ value: numberOperand(v) })} thousandSeparator="," error={error} style={{ flex: 1 }} />;
  }
  if (field.type === 'bool') {
    return (
      <Select
        aria-label={label}
        data={BOOL_DATA}
        value={typeof filter.value === 'boolean' ? String(filter.value) : null}
        onChange={(v) => set({ value: v === null ? undefined : v === 'true' })}
        placeholder="Yes or no"
        allowDeselect={false}
        error={error}
        style={{ flex: 1 }}
      />
    );
  }
  if (date) {
    return <TextInput aria-label={label} type="date" value={operandText(filter.value)} onChange={(e) => set({ value: e.currentTarget.value })} error={error} style={{ flex: 1 }} />;
  }
  if (options.length > 0 && field.type !== 'text') {
    return <Select aria-label={label} data={options} value={operandText(filter.value) || null} onChange={(v) => set({ value: v ?? '' })} searchable placeholder="Choose a value" error={error} style={{ flex: 1 }} />;
  }
  if (options.length > 0) {
    return <Autocomplete aria-label={label} data={options} value={operandText(filter.value)} onChange={(v) => set({ value: v })} placeholder="Value" error={error} style={{ flex: 1 }} />;
  }
  return (
    <TextInput
      aria-label={label}
      value={operandText(filter.value)}
      onChange={(e) => set({ value: e.currentTarget.value })}
      placeholder={field.type === 'ref' ? 'Record ID' : 'Value'}
      ff={field.type === 'ref' ? 'monospace' : undefined}
      error={error}
      style={{ flex: 1 }}
    />
  );
}
