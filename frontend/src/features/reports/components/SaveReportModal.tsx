import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLock, IconUsers, IconWorld } from '@tabler/icons-react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import { useSaveReport } from '../hooks/useReportMutations';
import { saveReportSchema, type SaveReportValues } from '../types/specSchema';
import type { ReportInfo, ReportSpec, Sharing } from '../types/reportTypes';

type SaveReportModalProps = {
  opened: boolean;
  onClose: () => void;
  /** Set when changing the viewer's own saved report; unset saves a new one. */
  id?: string;
  initial: SaveReportValues;
  spec: ReportSpec;
  onSaved: (report: ReportInfo) => void;
  /** Spec-part errors the backend named (e.g. "filters[0].value"), for the builder to show. */
  onSpecErrors: (fields: Record<string, string>) => void;
};

const FORM_FIELDS = new Set(['name', 'description', 'sharing', 'teamId']);

/** Save: name, description and who may see it. The backend re-checks the spec and the name (unique per owner). */
export function SaveReportModal({ opened, onClose, id, initial, spec, onSaved, onSpecErrors }: SaveReportModalProps) {
  const save = useSaveReport();
  const form = useForm<SaveReportValues>({ mode: 'controlled', initialValues: initial, validate: schemaResolver(saveReportSchema, { sync: true }) });
  const error = save.error ? toAppError(save.error) : null;
  const specProblem = error?.fields && !Object.keys(error.fields).some((k) => FORM_FIELDS.has(k));

  const submit = form.onSubmit((values) => {
    save.mutate(
      { id, name: values.name.trim(), description: values.description.trim(), sharing: values.sharing as Sharing, spec },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', title: id ? 'Report saved' : 'Report created', message: saved.name });
          onSaved(saved);
        },
        onError: (raw) => {
          const e = toAppError(raw);
          applyFieldErrors(form, e, { teamId: 'sharing' });
          const specFields = Object.fromEntries(Object.entries(e.fields ?? {}).filter(([k]) => !FORM_FIELDS.has(k)));
          if (Object.keys(specFields).length > 0) onSpecErrors(specFields);
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={onClose} title={id ? 'Save report' : 'Save as a new report'} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error && (!error.fields || specProblem) && (
            <Alert color="red" variant="light" title={specProblem ? 'The report definition was not accepted' : undefined}>
              {describeError(error)}
              {specProblem ? ' The builder highlights what to change.' : ''}
            </Alert>
          )}
          <TextInput label="Name" required maxLength={80} data-autofocus {...form.getInputProps('name')} />
          <Textarea label="Description" autosize minRows={2} maxRows={5} maxLength={500} {...form.getInputProps('description')} />
          <Stack gap={4}>
            <Text fz="sm" fw={500}>Who can see it</Text>
            <SegmentedControl
              aria-label="Sharing"
              data={[
                { value: 'private', label: <Group gap={6} wrap="nowrap" justify="center"><IconLock size={14} />Only me</Group> },
                { value: 'team', label: <Group gap={6} wrap="nowrap" justify="center"><IconUsers size={14} />My team</Group> },
                { value: 'everyone', label: <Group gap={6} wrap="nowrap" justify="center"><IconWorld size={14} />Everyone</Group> },
              ]}
              {...form.getInputProps('sharing')}
            />
            <Text fz="xs" c={form.errors.sharing ? 'red' : 'dimmed'}>
              {form.errors.sharing ??
                'Everyone who opens it sees only the records their own role allows; confidential fields stay hidden from those who may not see them.'}
            </Text>
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>Save report</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
