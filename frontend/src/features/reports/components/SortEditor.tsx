import { ActionIcon, Button, Group, NumberInput, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { LIMITS, type ReportSort } from '../types/reportTypes';

type SortEditorProps = {
  options: { value: string; label: string }[];
  sort: ReportSort[];
  onSort: (sort: ReportSort[]) => void;
  limit: number;
  onLimit: (limit: number) => void;
  limitLabel: string;
  errors: Record<string, string>;
};

/** Up to three sort keys with their direction, and the row limit. */
export function SortEditor({ options, sort, onSort, limit, onLimit, limitLabel, errors }: SortEditorProps) {
  const put = (i: number, s: ReportSort) => onSort(sort.map((x, j) => (j === i ? s : x)));
  return (
    <Stack gap="xs">
      {sort.map((s, i) => (
        <Group key={i} gap={6} wrap="nowrap" align="flex-start" data-testid="sort-row">
          <Select
            aria-label={`Sort key ${i + 1}`}
            data={options}
            value={s.key || null}
            onChange={(v) => put(i, { ...s, key: v ?? '' })}
            placeholder="Sort by"
            searchable
            allowDeselect={false}
            error={errors[`sort[${i}].key`]}
            style={{ flex: 1 }}
            comboboxProps={{ withinPortal: true }}
          />
          <SegmentedControl
            aria-label={`Sort direction ${i + 1}`}
            size="xs"
            mt={4}
            value={s.desc ? 'desc' : 'asc'}
            onChange={(v) => put(i, { ...s, desc: v === 'desc' })}
            data={[
              { value: 'asc', label: 'Ascending' },
              { value: 'desc', label: 'Descending' },
            ]}
          />
          <ActionIcon variant="subtle" color="gray" mt={4} onClick={() => onSort(sort.filter((_, j) => j !== i))} aria-label={`Remove sort key ${i + 1}`}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ))}
      {errors.sort && <Text fz="xs" c="red">{errors.sort}</Text>}
      {sort.length < LIMITS.sortKeys && options.length > 0 && (
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onSort([...sort, { key: '' }])} w="fit-content">
          Add sort key
        </Button>
      )}
      <NumberInput
        label={limitLabel}
        placeholder="No limit"
        value={limit > 0 ? limit : ''}
        onChange={(v) => onLimit(typeof v === 'number' && v > 0 ? Math.floor(v) : 0)}
        min={0}
        max={LIMITS.limit}
        allowDecimal={false}
        thousandSeparator=","
        error={errors.limit}
      />
    </Stack>
  );
}
