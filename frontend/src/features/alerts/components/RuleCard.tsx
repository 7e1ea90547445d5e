import { Alert as Callout, Badge, Button, Card, Group, NumberInput, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/formErrors';
import type { AlertRule, Role } from '../api/alertsApi';
import { useSaveAlertRule } from '../hooks/useAlertRules';
import { ACTION_META, RULE_ACTIONS, severityOptions, type RuleAction } from '../types/alertMeta';
import { isHoursRule } from '../types/roleHours';
import { RULE_LIMITS, ruleSchema, type RuleValues } from '../types/ruleSchema';
import { RoleHoursEditor } from './RoleHoursEditor';

type RuleCardProps = { rule: AlertRule; roles: readonly Role[] | undefined; rolesError: string | null };

const valuesOf = (rule: AlertRule): RuleValues => ({
  enabled: rule.enabled,
  threshold: rule.threshold,
  windowMinutes: rule.windowMinutes,
  severity: rule.severity as RuleValues['severity'],
  action: rule.action as RuleValues['action'],
  hours: (rule.hours ?? []).map((h) => ({ roleId: h.roleId, from: h.from, to: h.to })),
});

/** Server field names the form can show next to an input. */
const FORM_FIELD = /^(enabled|threshold|windowMinutes|severity|action|hours)(\.|$)/;

/** One rule's settings with its own Save; the server's field errors land on the fields. */
export function RuleCard({ rule, roles, rolesError }: RuleCardProps) {
  const save = useSaveAlertRule();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<RuleValues>({ mode: 'controlled', initialValues: valuesOf(rule), validate: schemaResolver(ruleSchema, { sync: true }) });
  const hoursRule = isHoursRule(rule);

  useEffect(() => {
    const values = valuesOf(rule);
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values); // setValues leaves per-field dirty flags that hide list edits (hours) from isDirty()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when the saved rule arrives
  }, [rule]);

  const submit = form.onSubmit((values) => {
    setError(null);
    const parsed = ruleSchema.parse(values);
    save.mutate(
      { ...rule, ...parsed, hours: hoursRule ? parsed.hours : rule.hours },
      {
        onError: (raw) => {
          const appError = toAppError(raw);
          const unplaced = Object.keys(appError.fields ?? {}).some((field) => !FORM_FIELD.test(field));
          if (!applyFieldErrors(form, appError) || unplaced) setError(describeError(appError));
        },
      },
    );
  });

  const action = ACTION_META[form.values.action as RuleAction];
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={rule.name} data-rule-id={rule.id}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Group gap="xs">
                <Title order={3} fz="md">{rule.name}</Title>
                {!form.values.enabled ? <Badge variant="default" radius="sm" tt="none">Off</Badge> : null}
              </Group>
              <Text fz="sm" c="dimmed">{rule.description}</Text>
            </div>
            <Switch label="Enabled" aria-label={`${rule.name} enabled`} {...form.getInputProps('enabled', { type: 'checkbox' })} />
          </Group>
          <Group grow align="flex-start">
            <NumberInput label="Threshold" description="Events (or factor) that fire the rule" min={RULE_LIMITS.threshold.min} allowDecimal={false} {...form.getInputProps('threshold')} />
            <NumberInput label="Window" description="Minutes; 0 = no time window" min={0} max={RULE_LIMITS.windowMinutes.max} allowDecimal={false} suffix=" min" {...form.getInputProps('windowMinutes')} />
            <Select label="Severity" description="Of the alerts it raises" data={severityOptions()} allowDeselect={false} {...form.getInputProps('severity')} />
          </Group>
          <Select
            label="Action"
            data={RULE_ACTIONS.map((value) => ({ value, label: ACTION_META[value].label }))}
            allowDeselect={false}
            description={action?.explanation}
            maw={420}
            {...form.getInputProps('action')}
          />
          {hoursRule ? <RoleHoursEditor form={form} roles={roles} rolesError={rolesError} /> : null}
          {error ? <Callout color="red" variant="light" icon={<IconAlertCircle size={18} />}>{error}</Callout> : null}
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>Save rule</Button>
            {form.isDirty() ? <Button variant="subtle" color="gray" onClick={() => form.reset()} disabled={save.isPending}>Discard changes</Button> : null}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
