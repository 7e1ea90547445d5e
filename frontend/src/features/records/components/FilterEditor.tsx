import { Button, Checkbox, Group, NumberInput, ScrollArea, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FieldDef } from '../api/recordsApi';
import { filterKindOf, type FilterValue } from '../types/filters';
import { RefFilterValue } from './RefFilterValue';

type Option = { value: string; label: string };
type FilterEditorProps = {
  field: FieldDef;
  value: FilterValue | undefined;
  /** Choices for enum-like fields (e.g. stage names by id); defaults to the field's options. */
  options?: Option[];
  onApply: (value: FilterValue | undefined) => void;
};

const CONDITIONS: Record<string, Option[]> = {
  text: [{ value: 'contains', label: 'Contains' }, { value: 'starts', label: 'Starts with' }],
  enum: [{ value: 'in', label: 'Is any of' }],
  number: [{ value: 'range', label: 'Between' }],
  date: [{ value: 'range', label: 'Between' }],
  presence: [],
  refs: [{ value: 'contains', label: 'Includes' }],
};
const PRESENCE: Option[] = [{ value: 'notempty', label: 'Is not empty' }, { value: 'empty', label: 'Is empty' }];

/** The filter of one column: a condition and its value (a record picker for refs); Apply sends it to the list. */
export function FilterEditor({ field, value, options, onApply }: FilterEditorProps) {
  const kind = filterKindOf(field);
  const [draft, setDraft] = useState<FilterValue>(value ?? defaultFor(kind));
  const apply = () => onApply(draft);

  if (kind === 'bool') {
    const current = draft.op === 'is' ? String(draft.value) : 'any';
    return (
      <SegmentedControl
        fullWidth
        value={value?.op === 'is' ? String(value.value) : 'any'}
        data={[{ value: 'any', label: 'Any' }, { value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }]}
        onChange={(v) => onApply(v === 'any' ? undefined : { op: 'is', value: v === 'true' })}
        aria-label={`${field.label} filter ${current}`}
      />
    );
  }
  const choices = options ?? (field.options ?? []).map((o) => ({ value: o, label: o }));
  return (
    <Stack gap="xs" w={260} onKeyDown={(e) => e.key === 'Enter' && !e.defaultPrevented && apply()}>
      <Select
        size="xs"
        aria-label="Condition"
        allowDeselect={false}
        comboboxProps={{ withinPortal: false }}
        data={[...CONDITIONS[kind], ...PRESENCE]}
        value={draft.op}
        onChange={(op) => op && setDraft(op === draft.op ? draft : withOp(op))}
      />
      {draft.op === 'contains' && kind === 'refs' && (
        <RefFilterValue field={field} value={draft.value} label={draft.label} onChange={(id, label) => setDraft({ op: 'contains', value: id, label })} />
      )}
      {(draft.op === 'contains' || draft.op === 'starts') && kind !== 'refs' && (
        <TextInput size="xs" aria-label={`${field.label} text`} placeholder="Text" data-autofocus value={draft.value}
          onChange={(e) => setDraft({ op: draft.op, value: e.currentTarget.value })} />
      )}
      {draft.op === 'in' && (
        <ScrollArea.Autosize mah={200}>
          <Checkbox.Group value={draft.values} onChange={(values) => setDraft({ op: 'in', values })}>
            <Stack gap={6}>
              {choices.map((o) => <Checkbox key={o.value} size="xs" value={o.value} label={o.label} />)}
            </Stack>
          </Checkbox.Group>
        </ScrollArea.Autosize>
      )}
      {draft.op === 'range' && kind === 'number' && (
        <Group gap="xs" grow>
          <NumberInput size="xs" aria-label="From" placeholder="From" value={draft.min ?? ''} onChange={(v) => setDraft({ ...draft, min: v })} />
          <NumberInput size="xs" aria-label="To" placeholder="To" value={draft.max ?? ''} onChange={(v) => setDraft({ ...draft, max: v })} />
        </Group>
      )}
      {draft.op === 'range' && kind === 'date' && (
        <Group gap="xs" grow>
          <TextInput size="xs" type="date" aria-label="From" value={String(draft.min ?? '')} onChange={(e) => setDraft({ ...draft, min: e.currentTarget.value })} />
          <TextInput size="xs" type="date" aria-label="To" value={String(draft.max ?? '')} onChange={(e) => setDraft({ ...draft, max: e.currentTarget.value })} />
        </Group>
      )}
      <Group justify="space-between" gap="xs">
        <Button size="compact-xs" variant="subtle" color="gray" onClick={() => onApply(undefined)}>
          Clear
        </Button>
        <Button size="compact-sm" onClick={apply}>
          Apply
        </Button>
      </Group>
    </Stack>
  );
}

function defaultFor(kind: string): FilterValue {
  if (kind === 'enum') return { op: 'in', values: [] };
  if (kind === 'number' || kind === 'date') return { op: 'range' };
  if (kind === 'presence') return { op: 'notempty' };
  return { op: 'contains', value: '' };
}

function withOp(op: string): FilterValue {
  if (op === 'contains' || op === 'starts') return { op, value: '' };
  if (op === 'in') return { op: 'in', values: [] };
  if (op === 'range') return { op: 'range' };
  return { op: op === 'empty' ? 'empty' : 'notempty' };
}
