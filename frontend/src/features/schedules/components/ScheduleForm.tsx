import { Alert, Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconClock, IconFolder } from '@tabler/icons-react';
import { useMemo } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import { useSaveSchedule, useSchedulableReports } from '../hooks/useSchedules';
import { browserZone, nextRunPreview, nextRuns, WEEKDAYS } from '../types/nextRun';
import { previewFileName, scheduleFormSchema, scheduleFormValues, scheduleInput, type ScheduleFormValues } from '../types/scheduleForm';
import type { Frequency, ReportSchedule } from '../types/scheduleTypes';
import { LAST_DAY } from '../types/scheduleTypes';

type ScheduleFormProps = {
  /** The schedule to change; unset creates one. */
  schedule?: ReportSchedule;
  /** The report of a new schedule; unset lets the person choose a saved report. */
  reportId?: string;
  reportName?: string;
  onDone: (saved?: ReportSchedule) => void;
};

const DAYS = [
  ...Array.from({ length: 28 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
  { value: String(LAST_DAY), label: 'Last day of the month' },
];

function zones(current: string): string[] {
  const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, browserZone(), 'UTC', ...list])].filter(Boolean);
}

/** Creates or changes a schedule: when (with a preview of the next run), where the file goes and how it is named. */
export function ScheduleForm({ schedule, reportId, reportName, onDone }: ScheduleFormProps) {
  const save = useSaveSchedule();
  const chooseReport = !schedule && !reportId;
  const reports = useSchedulableReports(chooseReport);
  const form = useForm<ScheduleFormValues>({
    mode: 'controlled',
    initialValues: scheduleFormValues(schedule, reportId),
    validate: schemaResolver(scheduleFormSchema, { sync: true }),
  });
  const v = form.values;
  const zoneList = useMemo(() => zones(v.timeZone), [v.timeZone]);
  const name = schedule?.reportName ?? reportName ?? reports.data?.find((r) => r.id === v.reportId)?.name ?? 'Report';
  const recurrence = { frequency: v.frequency, weekday: Number(v.weekday), dayOfMonth: Number(v.dayOfMonth), time: v.time, timeZone: v.timeZone };
  const now = new Date();
  const preview = nextRunPreview(recurrence, v.enabled, now);
  const [next] = nextRuns(recurrence, now, 1);
  const error = save.error ? toAppError(save.error) : null;

  const submit = form.onSubmit((values) => {
    save.mutate(scheduleInput(values, schedule?.id), {
      onSuccess: (saved) => {
        notifications.show({ color: 'teal', title: schedule ? 'Schedule saved' : 'Report scheduled', message: `${saved.reportName}: ${nextRunPreview(recurrence, saved.enabled, new Date())}` });
        onDone(saved);
      },
      onError: (raw) => applyFieldErrors(form, toAppError(raw)),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error && !error.fields ? <Alert color="red" variant="light" title="The schedule was not saved">{describeError(error)}</Alert> : null}
        {chooseReport ? (
          <Select
            label="Report"
            placeholder={reports.isPending ? 'Loading reports…' : 'Choose a saved report'}
            data={(reports.data ?? []).map((r) => ({ value: r.id, label: r.name, disabled: !r.runnable }))}
            searchable
            nothingFoundMessage="No saved report of that name"
            description="Only saved reports can be scheduled: build one in Reports and save it first."
            {...form.getInputProps('reportId')}
          />
        ) : null}
        <Stack gap={4}>
          <Text fz="sm" fw={500}>How often</Text>
          <SegmentedControl
            aria-label="How often"
            data={[
              { value: 'daily', label: 'Daily' },
              { value: 'weekly', label: 'Weekly' },
              { value: 'monthly', label: 'Monthly' },
            ]}
            value={v.frequency}
            onChange={(f) => form.setFieldValue('frequency', f as Frequency)}
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {v.frequency === 'weekly' ? (
            <Select label="On" data={WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d }))} allowDeselect={false} {...form.getInputProps('weekday')} />
          ) : v.frequency === 'monthly' ? (
            <Select label="On day" data={DAYS} allowDeselect={false} maxDropdownHeight={260} {...form.getInputProps('dayOfMonth')} />
          ) : null}
          <TextInput label="At" type="time" {...form.getInputProps('time')} />
          <Select label="Time zone" data={zoneList} searchable allowDeselect={false} limit={200} {...form.getInputProps('timeZone')} />
        </SimpleGrid>
        <TextInput
          label="Folder"
          placeholder={navigator.userAgent.includes('Windows') ? 'C:\\Users\\you\\Documents\\Reports' : '/home/you/Reports'}
          description="The full path of an existing folder you can write to. Files are written there while FieldVault runs; a run missed while it was closed runs at the next start."
          leftSection={<IconFolder size={16} />}
          {...form.getInputProps('folder')}
        />
        <TextInput
          label="File name"
          description={`Use {report}, {date} and {time}; “.xlsx” is added. ${next ? `Next file: “${previewFileName(v.filePattern, name, next, v.timeZone)}”.` : ''}`}
          {...form.getInputProps('filePattern')}
        />
        <Switch label="Active" description="A paused schedule keeps its settings and history but does not run." {...form.getInputProps('enabled', { type: 'checkbox' })} />
        {preview ? (
          <Alert variant="light" color={v.enabled ? 'vault' : 'gray'} icon={<IconClock size={18} />} data-testid="next-run-preview">
            {preview}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()} disabled={save.isPending}>Cancel</Button>
          <Button type="submit" loading={save.isPending}>{schedule ? 'Save schedule' : 'Schedule report'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
