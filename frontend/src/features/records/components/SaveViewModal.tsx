import { Alert, Button, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import type { ListQueryInput } from '../api/recordsApi';
import type { SavedView } from '../api/viewsApi';
import { useSaveView } from '../hooks/useViews';

type SaveViewModalProps = { opened: boolean; query: ListQueryInput; onClose: () => void; onSaved: (view: SavedView) => void };

/** Name the current filters, sort and search as a view; optionally share it. */
export function SaveViewModal({ opened, query, onClose, onSaved }: SaveViewModalProps) {
  const save = useSaveView(query.entity);
  const form = useForm({
    initialValues: { name: '', shared: false },
    validate: { name: (v) => (v.trim() === '' ? 'Name the view.' : v.length > 80 ? 'At most 80 characters.' : null) },
  });
  const close = () => {
    form.reset();
    save.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    save.mutate(
      { id: '', entity: query.entity, name: values.name.trim(), shared: values.shared, mine: true, query: { ...query, offset: 0 } },
      {
        onSuccess: (view) => {
          onSaved(view);
          close();
        },
        onError: (raw) => applyFieldErrors(form, toAppError(raw)),
      },
    ),
  );
  const error = save.error ? toAppError(save.error) : null;

  return (
    <Modal opened={opened} onClose={close} title="Save view" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error && !error.fields && <Alert color="red" variant="light">{describeError(error)}</Alert>}
          <TextInput label="View name" required data-autofocus {...form.getInputProps('name')} />
          <Switch
            label="Share with everyone who can see these records"
            description="They see the same filters; each person still sees only the records their role allows."
            {...form.getInputProps('shared', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>Save view</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
