import { Button, Group, Paper, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import type { EntityDef } from '../api/recordsApi';
import { useSaveRecord } from '../hooks/useRecordMutations';
import { maxLenOf } from '../types/fieldSchema';
import { toUtcDateTime } from '../types/formValues';

type LogActivityFormProps = {
  activities: EntityDef;
  /** The values that link the new activity to the record. */
  link: Record<string, string>;
};

const today = () => new Date().toISOString().slice(0, 10);
const nowLocal = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** A quick form creating an activity linked to the record. */
export function LogActivityForm({ activities, link }: LogActivityFormProps) {
  const save = useSaveRecord();
  const fields = activities.fields;
  const titleField = fields.find((f) => f.name === activities.titleField);
  const typeField = fields.find((f) => f.type === 'enum' && /^(type|kind)$/i.test(f.name));
  const notesField = fields.find((f) => f.type === 'longtext');
  const form = useForm({
    initialValues: { title: '', type: typeField?.options?.[0] ?? '', notes: '' },
    validate: {
      title: (v) => (v.trim() === '' ? 'Say what happened.' : titleField && v.length > maxLenOf(titleField) ? 'Too long.' : null),
    },
  });
  if (!titleField) return null;

  const submit = form.onSubmit((v) => {
    const values: Record<string, unknown> = { [titleField.name]: v.title, ...link };
    if (typeField && v.type) values[typeField.name] = v.type;
    if (notesField && v.notes) values[notesField.name] = v.notes;
    for (const f of fields) {
      if (!f.required || f.name in values || f.readOnly) continue;
      if (f.type === 'date') values[f.name] = today();
      if (f.type === 'datetime') values[f.name] = toUtcDateTime(nowLocal());
    }
    save.mutate(
      { entity: 'activities', id: '', values, ownerId: '', teamId: '' },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({ color: 'teal', title: 'Activity logged', message: v.title });
        },
        onError: (raw) => {
          const e = toAppError(raw);
          form.setFieldError('title', e.fields?.[titleField.name] ?? describeError(e));
        },
      },
    );
  });

  return (
    <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-default-hover)">
      <form onSubmit={submit} noValidate aria-label="Log activity">
        <Stack gap="xs">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {typeField && (
              <Select aria-label={typeField.label} w={130} data={typeField.options ?? []} allowDeselect={false} {...form.getInputProps('type')} />
            )}
            <TextInput style={{ flex: 1 }} aria-label="Activity" placeholder="Called about the renewal…" {...form.getInputProps('title')} />
          </Group>
          {notesField && <Textarea aria-label="Notes" placeholder="Notes (optional)" autosize minRows={1} maxRows={5} {...form.getInputProps('notes')} />}
          <Group justify="flex-end">
            <Button size="xs" type="submit" loading={save.isPending}>Log activity</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
