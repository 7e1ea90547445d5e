import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconFilter, IconPlus, IconX } from '@tabler/icons-react';
import { describeFilter } from '../types/operators';
import { aggregateLabel } from '../types/specDraft';
import { LIMITS, type CatalogField, type ReportAggregate, type ReportFormat } from '../types/reportTypes';
import { FieldSelect } from './FieldSelect';

type AggregatesEditorProps = {
  format: ReportFormat;
  fields: readonly CatalogField[];
  aggregates: ReportAggregate[];
  onChange: (aggregates: ReportAggregate[]) => void;
  errors: Record<string, string>;
};

const FUNCS = [
  { value: 'count', label: 'Count of records' },
  { value: 'sum', label: 'Sum' },
  { value: 'avg', label: 'Average' },
  { value: 'min', label: 'Minimum' },
  { value: 'max', label: 'Maximum' },
];
const numeric = (f: CatalogField) => f.numeric;
const needsField = (func: string) => func !== 'count' && func !== 'percent';

/** What each group computes: counts, sums, averages, minimums and maximums of number and money fields. */
export function AggregatesEditor({ format, fields, aggregates, onChange, errors }: AggregatesEditorProps) {
  const max = format === 'matrix' ? 1 : LIMITS.aggregates;
  const put = (i: number, a: ReportAggregate) => onChange(aggregates.map((x, j) => (j === i ? a : x)));
  const describe = (list: ReportAggregate['where']) =>
    (list ?? []).map((f) => describeFilter(f, fields.find((x) => x.key === f.field))).join(' and ');

  return (
    <Stack gap="xs">
      {aggregates.map((a, i) => {
        const path = `aggregates[${i}]`;
        const funcs = a.func === 'percent' ? [...FUNCS, { value: 'percent', label: 'Percent' }] : FUNCS;
        return (
          <Paper key={i} withBorder p="xs" radius="md" data-testid="aggregate-row">
            <Stack gap={6}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Select
                  aria-label={`Aggregate ${i + 1}`}
                  data={funcs}
                  value={a.func}
                  onChange={(v) => v && put(i, { ...a, func: v, field: needsField(v) ? a.field : undefined, key: undefined })}
                  allowDeselect={false}
                  error={errors[`${path}.func`]}
                  w={needsField(a.func) ? 130 : undefined}
                  style={needsField(a.func) ? undefined : { flex: 1 }}
                />
                {needsField(a.func) && (
                  <FieldSelect
                    fields={fields}
                    usable={numeric}
                    value={a.field ?? ''}
                    onChange={(key) => put(i, { ...a, field: key, key: undefined })}
                    ariaLabel={`Aggregate ${i + 1} field`}
                    placeholder="Number or money field"
                    error={errors[`${path}.field`]}
                    style={{ flex: 1 }}
                  />
                )}
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={4}
                  onClick={() => onChange(aggregates.filter((_, j) => j !== i))}
                  aria-label={`Remove aggregate ${i + 1}`}
                  disabled={format === 'matrix' && aggregates.length === 1}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
              <TextInput
                aria-label={`Aggregate ${i + 1} label`}
                size="xs"
                placeholder={`Label: ${aggregateLabel({ ...a, label: undefined }, fields)}`}
                value={a.label ?? ''}
                onChange={(e) => put(i, { ...a, label: e.currentTarget.value })}
                error={errors[`${path}.label`] ?? errors[`${path}.key`]}
                maxLength={LIMITS.label}
              />
              {(a.where?.length || a.of?.length) ? (
                <Tooltip label="Conditions of this aggregate come from the report it was copied from." withArrow multiline w={260}>
                  <Badge variant="light" color="gray" leftSection={<IconFilter size={11} />} tt="none" fw={500} style={{ maxWidth: '100%' }}>
                    <Text span fz="xs" truncate="end">
                      only where {describe(a.where)}{a.of?.length ? `, of ${describe(a.of)}` : ''}
                    </Text>
                  </Badge>
                </Tooltip>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
      {errors.aggregates && <Text fz="xs" c="red">{errors.aggregates}</Text>}
      {aggregates.length < max && (
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...aggregates, { func: aggregates.some((a) => a.func === 'count' && !a.key) ? 'sum' : 'count' }])}
          w="fit-content"
        >
          Add aggregate
        </Button>
      )}
    </Stack>
  );
}
