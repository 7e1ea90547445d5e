import { Button, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMemo } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import { useSaveTarget } from '../hooks/useTargets';
import type { KpiTarget, ReportChoice, Team } from '../types/dashboardTypes';
import { TARGET_PERIODS, targetFormSchema, targetFormValues, targetInput, type TargetFormValues } from '../types/targetForm';
import { kpiValues } from '../types/widgetFit';

type TargetFormProps = { target?: KpiTarget; reports: readonly ReportChoice[]; teams: readonly Team[]; onDone: () => void };

const ALL_TEAMS = 'all';

/** Adds or changes a KPI target: a report's value to reach this month, quarter or year, workspace-wide or for one team. */
export function TargetForm({ target, reports, teams, onDone }: TargetFormProps) {
  const save = useSaveTarget();
  const form = useForm<TargetFormValues>({ mode: 'controlled', initialValues: targetFormValues(target), validate: schemaResolver(targetFormSchema, { sync: true }) });
  const report = reports.find((r) => r.id === form.values.report);
  const values = report ? kpiValues(report.spec) : [];
  const reportData = useMemo(
    () =>
      [
        { group: 'Built-in reports', items: reports.filter((r) => r.builtin).map((r) => ({ value: r.id, label: r.name, disabled: !r.runnable })) },
        { group: 'Saved reports', items: reports.filter((r) => !r.builtin).map((r) => ({ value: r.id, label: r.name, disabled: !r.runnable })) },
      ].filter((g) => g.items.length > 0),
    [reports],
  );
  const error = save.error ? toAppError(save.error) : null;

  const submit = form.onSubmit((v) => {
    save.mutate(targetInput(v, target?.id), {
      onSuccess: onDone,
      onError: (raw) => {
        const e = toAppError(raw);
        if (e.code === 'conflict') form.setFieldError('name', e.message);
        applyFieldErrors(form, e);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text fw={600}>{target ? `Change “${target.name}”` : 'New target'}</Text>
        {error && !error.fields && error.code !== 'conflict' ? <Text fz="sm" c="red">{describeError(error)}</Text> : null}
        <TextInput label="Name" required maxLength={80} data-autofocus {...form.getInputProps('name')} />
        <Select
          label="Report"
          placeholder="Choose a report"
          data={reportData}
          searchable
          {...form.getInputProps('report')}
          onChange={(id) => {
            form.setFieldValue('report', id);
            const next = reports.find((r) => r.id === id);
            form.setFieldValue('aggregate', next ? (kpiValues(next.spec)[0]?.value ?? null) : null);
          }}
        />
        <SimpleGrid cols={2}>
          <Select label="Value" placeholder="Choose a report first" data={values} disabled={!report} allowDeselect={false} {...form.getInputProps('aggregate')} />
          <NumberInput label="Target" required thousandSeparator="," {...form.getInputProps('target')} />
        </SimpleGrid>
        <Stack gap={4}>
          <Text fz="sm" fw={500}>Period</Text>
          <SegmentedControl aria-label="Period" data={TARGET_PERIODS.map((p) => ({ ...p }))} {...form.getInputProps('period')} />
        </Stack>
        <Select
          label="Team"
          data={[{ value: ALL_TEAMS, label: 'Whole workspace' }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
          value={form.values.teamId ?? ALL_TEAMS}
          onChange={(id) => form.setFieldValue('teamId', !id || id === ALL_TEAMS ? null : id)}
          allowDeselect={false}
          error={form.errors.teamId}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>Cancel</Button>
          <Button type="submit" loading={save.isPending}>{target ? 'Save target' : 'Add target'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
