import { Alert, Button, Chip, Divider, Group, Select, Slider, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import { useSaveRules } from '../hooks/useDuplicateRules';
import type { DuplicateRules } from '../types/duplicateTypes';
import { allRulesOff, BLOCK_OPTIONS, REGION_OPTIONS, rulesSchema, THRESHOLD, toRulesInput, toRulesValues, type RulesValues } from '../types/rulesForm';

type DuplicateRulesFormProps = { entity: string; rules: DuplicateRules; readOnly: boolean };

const FORM_FIELDS = new Set(['email', 'phone', 'domain', 'fuzzy', 'threshold', 'block', 'defaultRegion']);
const percent = (v: number) => `${Math.round(v * 100)}%`;

/** The switches, similarity slider, places to look and phone country of one entity's rules; Save. */
export function DuplicateRulesForm({ entity, rules, readOnly }: DuplicateRulesFormProps) {
  const save = useSaveRules();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<RulesValues>({ mode: 'controlled', initialValues: toRulesValues(rules), validate: schemaResolver(rulesSchema, { sync: true }) });

  useEffect(() => {
    const values = toRulesValues(rules);
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when saved rules arrive
  }, [rules]);

  const submit = form.onSubmit((values) => {
    setError(null);
    save.mutate(toRulesInput(entity, values), {
      onError: (raw) => {
        const appError = toAppError(raw);
        const unplaced = Object.keys(appError.fields ?? {}).some((f) => !FORM_FIELDS.has(f));
        if (!applyFieldErrors(form, appError) || unplaced) setError(describeError(appError));
      },
    });
  });
  const v = form.values;

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <Text fz="sm" fw={600}>Exact matches</Text>
          <Switch label="Same email address" {...form.getInputProps('email', { type: 'checkbox' })} />
          <Group gap="lg" align="flex-end">
            <Switch label="Same phone number" {...form.getInputProps('phone', { type: 'checkbox' })} mb={8} />
            <Select label="Phone country" description="For numbers written without +" data={[...REGION_OPTIONS]} allowDeselect={false} w={280}
              disabled={readOnly || !v.phone} {...form.getInputProps('defaultRegion')} />
          </Group>
          {entity === 'companies' ? <Switch label="Same web domain" {...form.getInputProps('domain', { type: 'checkbox' })} /> : null}
          <Divider />
          <Text fz="sm" fw={600}>Similar names</Text>
          <Switch label="Look for similar names" description="Catches typos, nicknames and swapped first and last names." {...form.getInputProps('fuzzy', { type: 'checkbox' })} />
          <Stack gap={4} pl={4} opacity={v.fuzzy ? 1 : 0.55}>
            <Text fz="sm" id="threshold-label">Similarity needed: <b>{percent(v.threshold)}</b></Text>
            <Text fz="xs" c="dimmed">Lower finds more possible duplicates; higher finds fewer, surer ones.</Text>
            <Slider
              aria-labelledby="threshold-label"
              min={THRESHOLD.min} max={THRESHOLD.max} step={THRESHOLD.step}
              label={percent}
              marks={[{ value: 0.8, label: '80%' }, { value: 0.9, label: '90%' }, { value: 0.99, label: '99%' }]}
              disabled={readOnly || !v.fuzzy}
              value={v.threshold}
              onChange={(value) => form.setFieldValue('threshold', value)}
              mb="lg" mx={8} maw={560}
            />
            {form.errors.threshold ? <Text fz="xs" c="red">{form.errors.threshold}</Text> : null}
            <Text fz="sm" mt="xs">Look for similar names among records with:</Text>
            <Chip.Group multiple value={v.block} onChange={(value) => form.setFieldValue('block', value)}>
              <Group gap="xs">
                {BLOCK_OPTIONS.map((b) => (
                  <Tooltip key={b.value} label={b.description} withArrow openDelay={300}>
                    <div><Chip value={b.value} disabled={readOnly || !v.fuzzy}>{b.label}</Chip></div>
                  </Tooltip>
                ))}
              </Group>
            </Chip.Group>
            {form.errors.block ? <Text fz="xs" c="red">{form.errors.block}</Text> : null}
          </Stack>
          {allRulesOff(v, entity) ? <Alert color="yellow" variant="light">With every rule off, no duplicates are found or warned about.</Alert> : null}
          {error ? <Alert color="red" variant="light">{error}</Alert> : null}
          {!readOnly ? (
            <Group>
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>Save rules</Button>
              {form.isDirty() ? <Button variant="subtle" color="gray" onClick={() => form.reset()} disabled={save.isPending}>Discard changes</Button> : null}
            </Group>
          ) : null}
        </Stack>
      </fieldset>
    </form>
  );
}
