import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CrmRecord, EntityDef, FieldDef } from '../api/recordsApi';
import { currencyFieldOf, formatDateTime, stageFieldOf } from '../types/format';
import { useStages } from '@/lib/stages';
import { RecordCell } from './RecordCell';

type RecordFieldsProps = { entity: EntityDef; record: CrmRecord };

const GROUPS: Array<{ title: string; match: (f: FieldDef) => boolean }> = [
  { title: 'Details', match: (f) => !['email', 'phone', 'url', 'ref', 'refs', 'longtext'].includes(f.type) },
  { title: 'Contact information', match: (f) => ['email', 'phone', 'url'].includes(f.type) },
  { title: 'Related records', match: (f) => f.type === 'ref' || f.type === 'refs' },
  { title: 'Notes', match: (f) => f.type === 'longtext' },
];

/** The record's fields in groups; ref and refs fields link to their records. */
export function RecordFields({ entity, record }: RecordFieldsProps) {
  const stageField = stageFieldOf(entity);
  const stages = useStages(!!stageField);
  const stageNames = new Map((stages.data ?? []).map((s) => [s.id, s.name]));
  const currency = currencyFieldOf(entity.fields);
  const cur = currency ? String(record.values?.[currency.name] ?? '') : undefined;

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="lg">
        {GROUPS.map((group) => {
          const fields = entity.fields.filter(group.match);
          if (fields.length === 0) return null;
          return (
            <section key={group.title} aria-label={group.title}>
              <Title order={3} fz="sm" c="dimmed" tt="uppercase" mb="sm">{group.title}</Title>
              <SimpleGrid cols={group.title === 'Notes' ? 1 : { base: 1, sm: 2 }} spacing="lg" verticalSpacing="md">
                {fields.map((field) => (
                  <div key={field.name} style={{ minWidth: 0 }}>
                    <Text fz="xs" c="dimmed" mb={2}>{field.label}</Text>
                    <div>
                      <RecordCell wrap field={field.name === stageField?.name ? { ...field, type: 'enum' } : field} record={record}
                        currency={cur} names={field.name === stageField?.name ? stageNames : undefined} />
                    </div>
                  </div>
                ))}
              </SimpleGrid>
            </section>
          );
        })}
        <Text fz="xs" c="dimmed">
          Created {formatDateTime(record.createdAt)} · Updated {formatDateTime(record.updatedAt)}
        </Text>
      </Stack>
    </Paper>
  );
}
