import { Alert as Callout, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import { useAlertRules, useRoleList } from '../hooks/useAlertRules';
import { isHoursRule } from '../types/roleHours';
import { RuleCard } from './RuleCard';

/** Security → Rules: one card per suspicious-activity rule, each saved on its own. */
export function RulesPanel() {
  const rules = useAlertRules();
  const needsRoles = (rules.data ?? []).some(isHoursRule);
  const roles = useRoleList(needsRoles);

  return (
    <Stack gap="lg" maw={900}>
      <Text fz="sm" c="dimmed">
        Each rule watches the audit log as it is written — including entries from other FieldVault windows and the command
        line. Changing a rule is itself recorded as a critical change.
      </Text>
      {rules.isPending ? <Skeleton h={260} /> : null}
      {rules.isError ? (
        <Callout color="red" variant="light" icon={<IconAlertCircle size={18} />} title="The rules could not be loaded">
          {describeError(rules.error)}
        </Callout>
      ) : null}
      {rules.data?.length === 0 ? <Text c="dimmed">No rules are defined in this version.</Text> : null}
      {(rules.data ?? []).map((rule) => (
        <RuleCard key={rule.id} rule={rule} roles={roles.data} rolesError={roles.isError ? describeError(roles.error) : null} />
      ))}
    </Stack>
  );
}
