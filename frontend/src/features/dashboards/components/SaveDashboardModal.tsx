import { Alert, Button, Checkbox, Group, List, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLock, IconUsers, IconWorld } from '@tabler/icons-react';
import { z } from 'zod';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import { useSaveDashboard } from '../hooks/useDashboardMutations';
import type { Dashboard, DashboardFilters, Sharing, Team, Widget } from '../types/dashboardTypes';
import { cleanFilters } from '../types/filters';
import { widgetIndexOf } from '../types/grid';
import { nameSchema } from '../types/widgetForm';

type SaveDashboardModalProps = {
  opened: boolean;
  onClose: () => void;
  dashboard: Dashboard;
  widgets: readonly Widget[];
  filters: DashboardFilters;
  teams: readonly Team[];
  onSaved: (saved: Dashboard) => void;
  /** Widget problems the backend named ("widgets[2].report" → message), for the editor to mark. */
  onWidgetErrors: (errors: Record<string, string>) => void;
};

type Values = { name: string; sharing: Sharing; teamId: string | null; asNew: boolean };
const schema = z.object({ name: nameSchema, sharing: z.enum(['private', 'team', 'everyone']) });
const FORM_FIELDS = new Set(['name', 'sharing', 'teamId']);

/**
 * Saves the layout: name and who sees it. A computed default (or someone
 * else's dashboard) is saved as the viewer's own copy; their own can be
 * changed in place or saved as a new one. The current filters become the
 * dashboard's defaults. The backend re-checks every widget for the viewer.
 */
export function SaveDashboardModal({ opened, onClose, dashboard, widgets, filters, teams, onSaved, onWidgetErrors }: SaveDashboardModalProps) {
  const inPlace = dashboard.editable && !dashboard.virtual;
  return (
    <Modal opened={opened} onClose={onClose} title={inPlace ? 'Save the dashboard' : 'Save as your own dashboard'} centered size="lg">
      {opened ? (
        <SaveForm
          dashboard={dashboard}
          widgets={widgets}
          filters={filters}
          teams={teams}
          inPlace={inPlace}
          onClose={onClose}
          onSaved={onSaved}
          onWidgetErrors={onWidgetErrors}
        />
      ) : null}
    </Modal>
  );
}

function SaveForm({ dashboard, widgets, filters, teams, inPlace, onClose, onSaved, onWidgetErrors }: Omit<SaveDashboardModalProps, 'opened'> & { inPlace: boolean }) {
  const save = useSaveDashboard();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: inPlace ? dashboard.name : `${dashboard.name} (copy)`.slice(0, 80),
      sharing: inPlace ? ((dashboard.sharing as Sharing) ?? 'private') : 'private',
      teamId: inPlace ? (dashboard.teamId ?? null) : null,
      asNew: false,
    },
    validate: schemaResolver(schema, { sync: true }),
  });
  const error = save.error ? toAppError(save.error) : null;
  const widgetProblems = Object.entries(error?.fields ?? {}).filter(([k]) => widgetIndexOf(k) !== null);
  // A taken name (conflict) and the form's own fields show on the fields; the rest above them.
  const otherProblem = error && error.code !== 'conflict' && !Object.keys(error.fields ?? {}).some((k) => FORM_FIELDS.has(k));

  const submit = form.onSubmit((values) => {
    const id = inPlace && !values.asNew ? dashboard.id : undefined;
    save.mutate(
      {
        id,
        name: values.name.trim(),
        sharing: values.sharing,
        teamId: values.sharing === 'team' ? (values.teamId ?? undefined) : undefined,
        widgets: [...widgets],
        filters: cleanFilters(filters),
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', title: id ? 'Dashboard saved' : 'Dashboard created', message: saved.name });
          onSaved(saved);
        },
        onError: (raw) => {
          const e = toAppError(raw);
          if (e.code === 'conflict') form.setFieldError('name', e.message);
          applyFieldErrors({ setFieldError: (path, message) => FORM_FIELDS.has(path) && form.setFieldError(path, message) }, e);
          const forWidgets = Object.fromEntries(Object.entries(e.fields ?? {}).filter(([k]) => widgetIndexOf(k) !== null));
          onWidgetErrors(forWidgets);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {otherProblem ? (
          <Alert color="red" variant="light" title="The dashboard was not saved">
            {describeError(error)}
            {widgetProblems.length > 0 ? (
              <List size="sm" mt={6}>
                {widgetProblems.map(([key, message]) => {
                  const w = widgets[widgetIndexOf(key) ?? -1];
                  return <List.Item key={key}>{w ? `“${w.title}”: ${message}` : message}</List.Item>;
                })}
              </List>
            ) : null}
          </Alert>
        ) : null}
        {!inPlace ? (
          <Text fz="sm" c="dimmed">
            {dashboard.virtual
              ? 'This is a computed default: saving makes your own copy, which you can change and share.'
              : 'You cannot change this dashboard: saving makes your own copy.'}
          </Text>
        ) : null}
        <TextInput label="Name" required maxLength={80} data-autofocus {...form.getInputProps('name')} />
        <Stack gap={4}>
          <Text fz="sm" fw={500}>Who can see it</Text>
          <SegmentedControl
            aria-label="Sharing"
            data={[
              { value: 'private', label: <Group gap={6} wrap="nowrap" justify="center"><IconLock size={14} />Only me</Group> },
              { value: 'team', label: <Group gap={6} wrap="nowrap" justify="center"><IconUsers size={14} />A team</Group> },
              { value: 'everyone', label: <Group gap={6} wrap="nowrap" justify="center"><IconWorld size={14} />Everyone</Group> },
            ]}
            {...form.getInputProps('sharing')}
          />
          <Text fz="xs" c={form.errors.sharing ? 'red' : 'dimmed'}>
            {form.errors.sharing ?? 'Everyone who opens it sees only the records their own role allows; a widget they may not see says so.'}
          </Text>
        </Stack>
        {form.values.sharing === 'team' ? (
          <Select
            label="Team"
            placeholder="Your first team"
            data={teams.map((t) => ({ value: t.id, label: t.name }))}
            clearable
            {...form.getInputProps('teamId')}
          />
        ) : null}
        {inPlace ? <Checkbox label="Save as a new dashboard (keep this one as it is)" {...form.getInputProps('asNew', { type: 'checkbox' })} /> : null}
        <Text fz="xs" c="dimmed">The date range and team shown now are saved as the dashboard’s defaults.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={save.isPending}>Cancel</Button>
          <Button type="submit" loading={save.isPending}>Save dashboard</Button>
        </Group>
      </Stack>
    </form>
  );
}
