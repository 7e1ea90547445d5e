import { Alert, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import type { CrmRecord, EntityDef, FieldDef } from '../api/recordsApi';
import { useSaveRecord } from '../hooks/useRecordMutations';
import { changedValues, createValues } from '../types/editDiff';
import { buildRecordSchema } from '../types/fieldSchema';
import { stageFieldOf } from '../types/format';
import type { RecordFormWarning } from '../types/formWarning';
import { toFormValues, type FormValues } from '../types/formValues';
import { refTitlesOf } from '../types/refTitles';
import { FieldInput } from './FieldInput';

type RecordFormProps = {
  entity: EntityDef;
  record?: CrmRecord;
  onDone: (record?: CrmRecord) => void;
  onCancel: () => void;
  /** A notice of another feature above the buttons, fed the values as they are typed (the duplicate warning). */
  warning?: RecordFormWarning;
};

const wide = (f: FieldDef) => f.type === 'longtext' || f.type === 'tags' || f.type === 'refs';

/** The create/edit form generated from the entity's fields; re-validated by the backend. */
export function RecordForm({ entity, record, onDone, onCancel, warning }: RecordFormProps) {
  const masked = useMemo(() => record?.masked ?? [], [record]);
  const fields = useMemo(() => entity.fields.filter((f) => record || !f.readOnly), [entity, record]);
  const schema = useMemo(() => buildRecordSchema(fields, masked), [fields, masked]);
  const initial = useMemo(() => toFormValues(fields, record), [fields, record]);
  const stageField = stageFieldOf(entity);
  const save = useSaveRecord();
  const form = useForm<FormValues>({ mode: 'controlled', initialValues: initial, validate: schemaResolver(schema, { sync: true }) });

  const submit = form.onSubmit((values) => {
    const changes = record ? changedValues(fields, initial, values, masked) : createValues(fields, values);
    if (record && Object.keys(changes).length === 0) {
      onDone(record);
      return;
    }
    save.mutate(
      { entity: entity.name, id: record?.id ?? '', values: changes, ownerId: '', teamId: '' },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', title: record ? 'Saved' : `${entity.label} created`, message: saved.title || undefined });
          onDone(saved);
        },
        onError: (raw) => applyFieldErrors(form, toAppError(raw)),
      },
    );
  });
  const appError = save.error ? toAppError(save.error) : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {appError && !appError.fields && (
          <Alert color="red" variant="light">
            {describeError(appError)}
          </Alert>
        )}
        {appError?.fields && (
          <Alert color="red" variant="light">
            Some values were not accepted. See the highlighted fields.
          </Alert>
        )}
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          {fields.map((field, index) => (
            <div key={field.name} style={wide(field) ? { gridColumn: '1 / -1' } : undefined}>
              <FieldInput
                field={field}
                form={form}
                masked={masked.includes(field.name)}
                refTitle={record?.refs?.[field.name]}
                refTitles={refTitlesOf(record)}
                isStage={field.name === stageField?.name}
                autoFocus={index === 0}
              />
            </div>
          ))}
        </SimpleGrid>
        {warning?.(entity.name, createValues(fields, form.values), record?.id)}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel} disabled={save.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {record ? 'Save changes' : `Create ${entity.label.toLowerCase()}`}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
