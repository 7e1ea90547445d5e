import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { groupableFor } from '../types/fieldOptions';
import { isDateType } from '../types/operators';
import { BUCKETS, type CatalogField, type ReportFormat, type ReportGroup } from '../types/reportTypes';
import { FieldSelect } from './FieldSelect';

type GroupsEditorProps = {
  format: ReportFormat;
  fields: readonly CatalogField[];
  groups: ReportGroup[];
  onChange: (groups: ReportGroup[]) => void;
  errors: Record<string, string>;
};

const BUCKET_DATA = BUCKETS.map((b) => ({ value: b, label: `By ${b}` }));

/** Up to two groups (a matrix: its rows and its columns); date fields group by day, week, month, quarter or year. */
export function GroupsEditor({ format, fields, groups, onChange, errors }: GroupsEditorProps) {
  const matrix = format === 'matrix';
  const slots = matrix ? [0, 1] : groups.map((_, i) => i);
  const put = (i: number, g: ReportGroup) => {
    const next = [...groups];
    while (next.length <= i) next.push({ field: '' });
    next[i] = g;
    onChange(next);
  };
  const choose = (i: number, key: string) => {
    const field = fields.find((f) => f.key === key);
    put(i, isDateType(field?.type) ? { field: key, bucket: groups[i]?.bucket || 'month' } : { field: key });
  };
  const label = (i: number) => (matrix ? (i === 0 ? 'Rows' : 'Columns') : i === 0 ? 'Group records by' : 'Then by');

  return (
    <Stack gap="xs">
      {!matrix && groups.length === 0 && <Text fz="sm" c="dimmed">No groups: the summary is one line of totals.</Text>}
      {slots.map((i) => {
        const g = groups[i] ?? { field: '' };
        const field = fields.find((f) => f.key === g.field);
        return (
          <Group key={i} gap={6} wrap="nowrap" align="flex-end" data-testid="group-row">
            <FieldSelect
              fields={fields}
              usable={groupableFor(g.field)}
              value={g.field}
              onChange={(key) => choose(i, key)}
              label={label(i)}
              error={errors[`groups[${i}].field`]}
              style={{ flex: 1 }}
            />
            {isDateType(field?.type) && (
              <Select
                aria-label={`${label(i)} period`}
                data={BUCKET_DATA}
                value={g.bucket || 'day'}
                onChange={(v) => put(i, { field: g.field, bucket: v ?? 'day' })}
                allowDeselect={false}
                error={errors[`groups[${i}].bucket`]}
                w={130}
              />
            )}
            {!matrix && (
              <ActionIcon variant="subtle" color="gray" mb={4} onClick={() => onChange(groups.filter((_, j) => j !== i))} aria-label={`Remove group ${i + 1}`}>
                <IconX size={16} />
              </ActionIcon>
            )}
          </Group>
        );
      })}
      {errors.groups && <Text fz="xs" c="red">{errors.groups}</Text>}
      {!matrix && groups.length < 2 && (
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...groups, { field: '' }])} w="fit-content">
          {groups.length === 0 ? 'Add a group' : 'Add a second group'}
        </Button>
      )}
    </Stack>
  );
}
