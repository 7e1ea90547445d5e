import { Alert, Button, Grid, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useStages } from '@/lib/stages';
import { useEnumOptions } from '../hooks/useCatalog';
import { reportRoute } from '../types/reportList';
import { errorsUnder, validateSpec } from '../types/specSchema';
import { sortOptions, specFromDraft, withEntity, withFormat, type SpecDraft } from '../types/specDraft';
import type { CatalogEntity, ReportFormat, ReportInfo } from '../types/reportTypes';
import { AggregatesEditor } from './AggregatesEditor';
import { BackLink } from './BackLink';
import { BuilderSection } from './BuilderSection';
import { FieldMultiSelect } from './FieldMultiSelect';
import { FiltersEditor } from './FiltersEditor';
import { GroupsEditor } from './GroupsEditor';
import { ReportPreview } from './ReportPreview';
import { SaveReportModal } from './SaveReportModal';
import { SortEditor } from './SortEditor';

type ReportBuilderProps = {
  /** The report being edited (its own, or a built-in / shared one to copy). */
  base?: ReportInfo;
  initial: SpecDraft;
  catalog: readonly CatalogEntity[];
};

const FORMAT_HINT: Record<ReportFormat, string> = {
  tabular: 'A list of records with the columns you choose.',
  summary: 'Records grouped by up to two fields, with totals per group.',
  matrix: 'One figure by two fields: rows × columns, with totals.',
};

/** The report builder: what to report on, filters, groups, aggregates, sort; a live preview; Save. */
export function ReportBuilder({ base, initial, catalog }: ReportBuilderProps) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<SpecDraft>(initial);
  const [backendErrors, setBackendErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const fields = useMemo(() => catalog.find((e) => e.entity === draft.entity)?.fields ?? [], [catalog, draft.entity]);
  const spec = useMemo(() => specFromDraft(draft), [draft]);
  const clientErrors = useMemo(() => validateSpec(spec, fields), [spec, fields]);
  const errors = useMemo(() => ({ ...backendErrors, ...clientErrors }), [backendErrors, clientErrors]);
  const invalid = Object.keys(clientErrors).length > 0;
  // The preview runs (and is audited) once editing pauses, not per keystroke.
  const [settledSpec] = useDebouncedValue(spec, 600);
  const settledInvalid = useMemo(() => Object.keys(validateSpec(settledSpec, fields)).length > 0, [settledSpec, fields]);
  const enumOptions = useEnumOptions();
  const stages = useStages(draft.entity === 'deals');
  const optionsFor = useCallback(
    (key: string) => (key === 'stage.name' ? (stages.data ?? []).map((s) => s.name) : enumOptions(draft.entity, key)),
    [enumOptions, draft.entity, stages.data],
  );
  const onBackendErrors = useCallback((f: Record<string, string>) => setBackendErrors(f), []);

  const update = (patch: Partial<SpecDraft>) => {
    setBackendErrors({});
    setDraft((d) => ({ ...d, ...patch }));
  };
  const own = !!base && !base.builtin && base.mine;
  const title = !base ? 'New report' : own ? `Edit “${base.name}”` : `New report from “${base.name}”`;
  const grouped = draft.format !== 'tabular';
  const unplaced = Object.entries(backendErrors).filter(([path]) => !errorsUnder(clientErrors, path) && !/^(filters|groups|aggregates|sort|columns|limit)/.test(path));

  return (
    <Stack gap="md" maw={1440}>
      <BackLink />
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} fz={22}>{title}</Title>
          <Text fz="sm" c="dimmed">Changes show in the preview as you make them. Nothing is saved until you press Save.</Text>
        </div>
        <Group gap="xs">
          <Button variant="default" onClick={() => navigate(base ? reportRoute(base.id) : '/reports')}>Cancel</Button>
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => setSaving(true)} disabled={invalid}>
            {own ? 'Save…' : 'Save as…'}
          </Button>
        </Group>
      </Group>
      {unplaced.length > 0 && (
        <Alert color="red" variant="light" title="The report definition was not accepted">
          {unplaced.map(([path, message]) => `${path}: ${message}`).join(' ')}
        </Alert>
      )}
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 5, xl: 4 }}>
          <Stack gap="sm" data-testid="report-builder">
            <BuilderSection title="Data" hint={FORMAT_HINT[draft.format]}>
              <Select
                label="Record type"
                data={catalog.map((e) => ({ value: e.entity, label: e.label }))}
                value={draft.entity}
                onChange={(v) => v && v !== draft.entity && update(withEntity(draft, v, catalog))}
                allowDeselect={false}
                error={errors.entity}
              />
              <SegmentedControl
                aria-label="Format"
                fullWidth
                value={draft.format}
                onChange={(v) => update(withFormat(draft, v as ReportFormat, fields))}
                data={[
                  { value: 'tabular', label: 'Table' },
                  { value: 'summary', label: 'Summary' },
                  { value: 'matrix', label: 'Matrix' },
                ]}
              />
            </BuilderSection>
            {grouped && (
              <BuilderSection title={draft.format === 'matrix' ? 'Rows and columns' : 'Groups'} hint="Date fields group by day, week, month, quarter or year.">
                <GroupsEditor format={draft.format} fields={fields} groups={draft.groups} onChange={(groups) => update({ groups })} errors={errors} />
              </BuilderSection>
            )}
            {grouped && (
              <BuilderSection title={draft.format === 'matrix' ? 'Value' : 'Aggregates'} hint="Computed for each group and for the total.">
                <AggregatesEditor format={draft.format} fields={fields} aggregates={draft.aggregates} onChange={(aggregates) => update({ aggregates })} errors={errors} />
              </BuilderSection>
            )}
            <BuilderSection title="Filters" hint="Records must meet every condition.">
              <FiltersEditor fields={fields} filters={draft.filters} onChange={(filters) => update({ filters })} optionsFor={optionsFor} errors={errors} />
            </BuilderSection>
            <BuilderSection title={grouped ? 'Drill-down columns' : 'Columns'} hint={grouped ? 'Optional: the columns listed when you open the records behind a group.' : undefined}>
              <FieldMultiSelect
                fields={fields}
                value={draft.columns}
                onChange={(columns) => update({ columns })}
                label={grouped ? 'Columns of the record lists' : 'Columns, in order'}
                placeholder={grouped ? 'Default: the main fields' : 'Choose columns'}
                error={errorsUnder(errors, 'columns')}
              />
            </BuilderSection>
            <BuilderSection title="Sort and limit">
              <SortEditor
                options={sortOptions(draft, fields)}
                sort={draft.sort}
                onSort={(sort) => update({ sort })}
                limit={draft.limit}
                onLimit={(limit) => update({ limit })}
                limitLabel={grouped ? (draft.format === 'matrix' ? 'At most this many rows' : 'At most this many groups') : 'At most this many records'}
                errors={errors}
              />
            </BuilderSection>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, xl: 8 }} style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 60px) + var(--mantine-spacing-md))' }}>
          <ReportPreview spec={settledSpec} invalid={invalid || settledInvalid} waiting={settledSpec !== spec} onBackendErrors={onBackendErrors} />
        </Grid.Col>
      </Grid>
      <SaveReportModal
        opened={saving}
        onClose={() => setSaving(false)}
        id={own ? base?.id : undefined}
        initial={{
          name: own ? (base?.name ?? '') : base ? `${base.name} (copy)`.slice(0, 80) : '',
          description: base?.description ?? '',
          sharing: own && (base?.sharing === 'team' || base?.sharing === 'everyone') ? base.sharing : 'private',
        }}
        spec={spec}
        onSaved={(saved) => navigate(reportRoute(saved.id))}
        onSpecErrors={(f) => {
          setBackendErrors(f);
          setSaving(false);
        }}
      />
    </Stack>
  );
}
