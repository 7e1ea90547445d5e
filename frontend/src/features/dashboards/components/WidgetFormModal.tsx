import { Alert, Button, Checkbox, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMemo } from 'react';
import type { KpiTarget, ReportChoice, Widget, WidgetType } from '../types/dashboardTypes';
import { WIDGET_TYPES } from '../types/dashboardTypes';
import { hasTwoGroups, kpiValues, suggestedType, WIDGET_TYPE_LABELS } from '../types/widgetFit';
import { reportProblem, widgetFormSchema, widgetFormValues, widgetFromForm, type WidgetFormValues } from '../types/widgetForm';
import { WidgetTypeIcon } from './WidgetTypeIcon';

const AUTO = 'auto';

type WidgetFormModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The widget to change; unset adds one. */
  widget?: Widget;
  /** The id a new widget gets. */
  newId: string;
  reports: readonly ReportChoice[];
  reportsLoading: boolean;
  targets: readonly KpiTarget[];
  /** Date fields of a record type, for "the date range applies to". */
  dateFieldsOf: (entity: string) => { value: string; label: string }[];
  onSubmit: (widget: Widget) => void;
};

/** Adds or changes a widget: its type, its report (or KPI target), its title and the options its type uses. */
export function WidgetFormModal({ opened, onClose, widget, ...rest }: WidgetFormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={widget ? `Change “${widget.title}”` : 'Add a widget'} size="lg" centered>
      {opened ? <WidgetForm widget={widget} onClose={onClose} {...rest} /> : null}
    </Modal>
  );
}

function WidgetForm({ widget, newId, reports, reportsLoading, targets, dateFieldsOf, onSubmit, onClose }: Omit<WidgetFormModalProps, 'opened'>) {
  const form = useForm<WidgetFormValues>({
    mode: 'controlled',
    initialValues: widgetFormValues(widget),
    validate: schemaResolver(widgetFormSchema, { sync: true }),
  });
  const v = form.values;
  const byId = useMemo(() => new Map(reports.map((r) => [r.id, r])), [reports]);
  const report = v.report ? byId.get(v.report) : undefined;
  const spec = v.source === 'inline' ? widget?.spec : report?.spec;
  const problem = v.source === 'report' ? reportProblem(v.type, report) : null;

  const reportData = useMemo(() => {
    const item = (r: ReportChoice) => ({ value: r.id, label: r.name, disabled: reportProblem(v.type, r) !== null });
    return [
      { group: 'Built-in reports', items: reports.filter((r) => r.builtin).map(item) },
      { group: 'Saved reports', items: reports.filter((r) => !r.builtin).map(item) },
    ].filter((g) => g.items.length > 0);
  }, [reports, v.type]);

  const chooseReport = (id: string | null) => {
    const next = id ? byId.get(id) : undefined;
    form.setFieldValue('report', id);
    form.setFieldValue('aggregate', null);
    // A fresh widget follows the report: its name and, before a type was picked for it, the chart the report suggests.
    if (next && (!form.values.title.trim() || reports.some((r) => r.name === form.values.title))) form.setFieldValue('title', next.name);
    if (next && !widget && !form.isTouched('type')) form.setFieldValue('type', suggestedType(next));
  };

  const submit = form.onSubmit((values) => {
    if (problem) return;
    onSubmit(widgetFromForm(values, widget ?? { id: newId }, report));
  });

  const dateFields = spec ? dateFieldsOf(spec.entity) : [];
  const kpi = v.type === 'kpi';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Select
          label="Type"
          data={WIDGET_TYPES.map((t) => ({ value: t, label: WIDGET_TYPE_LABELS[t] }))}
          value={v.type}
          onChange={(t) => {
            if (!t) return;
            form.setFieldValue('type', t as WidgetType);
            form.setTouched({ type: true });
            if (t !== 'kpi' && form.values.source === 'target') form.setFieldValue('source', 'report');
          }}
          allowDeselect={false}
          leftSection={<WidgetTypeIcon type={v.type} size={16} />}
          renderOption={({ option }) => (
            <Group gap="xs" wrap="nowrap">
              <WidgetTypeIcon type={option.value} size={16} />
              <Text fz="sm">{option.label}</Text>
            </Group>
          )}
        />
        {kpi && targets.length > 0 ? (
          <SegmentedControl
            aria-label="Data from"
            data={[
              { value: widget?.spec ? 'inline' : 'report', label: 'A report' },
              { value: 'target', label: 'A KPI target' },
            ]}
            value={v.source}
            onChange={(s) => form.setFieldValue('source', s as WidgetFormValues['source'])}
          />
        ) : null}
        {v.source === 'target' ? (
          <Select
            label="KPI target"
            placeholder="Choose a target"
            data={targets.map((t) => ({ value: t.id, label: t.name }))}
            {...form.getInputProps('targetId')}
            onChange={(id) => {
              form.setFieldValue('targetId', id);
              const t = targets.find((x) => x.id === id);
              if (t && !form.values.title.trim()) form.setFieldValue('title', t.name);
            }}
            description="Shows the target's report, value and period; the dashboard's date range does not apply."
          />
        ) : v.source === 'inline' ? (
          <Stack gap={4}>
            <Text fz="sm" fw={500}>Report</Text>
            <Group gap="xs">
              <Text fz="sm" c="dimmed">This widget carries its own report (from a default dashboard).</Text>
              <Button variant="subtle" size="compact-sm" onClick={() => form.setFieldValue('source', 'report')}>
                Use a report instead
              </Button>
            </Group>
          </Stack>
        ) : (
          <Select
            label="Report"
            placeholder={reportsLoading ? 'Loading reports…' : 'Choose a report'}
            data={reportData}
            searchable
            nothingFoundMessage="No report of that name"
            {...form.getInputProps('report')}
            onChange={chooseReport}
            error={form.errors.report ?? problem}
            description={report?.description || 'Reports that cannot feed this type of widget are greyed out.'}
            maxDropdownHeight={320}
          />
        )}
        <TextInput label="Title" required maxLength={80} {...form.getInputProps('title')} />
        {kpi && v.source !== 'target' && spec ? (
          <SimpleGrid cols={2}>
            <Select
              label="Value"
              data={kpiValues(spec)}
              value={v.aggregate ?? kpiValues(spec)[0]?.value ?? null}
              onChange={(a) => form.setFieldValue('aggregate', a)}
              allowDeselect={false}
            />
            <NumberInput label="Target (optional)" placeholder="None" {...form.getInputProps('target')} thousandSeparator="," />
          </SimpleGrid>
        ) : null}
        {(v.type === 'bar' || v.type === 'area') && spec && hasTwoGroups(spec) ? (
          <Checkbox label="Stack the series" {...form.getInputProps('stacked', { type: 'checkbox' })} />
        ) : null}
        <Checkbox label="Only my records" description="Each viewer sees only the records they own." {...form.getInputProps('onlyMine', { type: 'checkbox' })} />
        {v.source !== 'target' ? (
          <>
            <Checkbox
              label="Keep the report's own period"
              description="The dashboard's date range does not apply to this widget (e.g. the open pipeline now)."
              {...form.getInputProps('ignoreDateRange', { type: 'checkbox' })}
            />
            {!v.ignoreDateRange && dateFields.length > 0 ? (
              <Select
                label="The date range applies to"
                data={[{ value: AUTO, label: 'Automatic (the report’s period field, else when created)' }, ...dateFields]}
                value={v.dateField ?? AUTO}
                onChange={(f) => form.setFieldValue('dateField', !f || f === AUTO ? null : f)}
                allowDeselect={false}
              />
            ) : null}
          </>
        ) : null}
        {reports.length === 0 && !reportsLoading && v.source === 'report' ? (
          <Alert color="yellow" variant="light">No reports are available to you: widgets show reports, so you need access to Reports.</Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button type="submit" disabled={problem !== null}>{widget ? 'Apply' : 'Add widget'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
