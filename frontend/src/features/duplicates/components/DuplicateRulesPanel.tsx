import { Alert, Badge, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import { useDuplicateRules } from '../hooks/useDuplicateRules';
import { ENTITY_LABELS } from '../types/duplicateRoutes';
import type { DedupEntity } from '../types/duplicateTypes';
import { DuplicateRulesForm } from './DuplicateRulesForm';

type DuplicateRulesPanelProps = { entity: DedupEntity; canManage: boolean };

/** What counts as a duplicate for the entity: administrators (settings.manage) change it, others read it. */
export function DuplicateRulesPanel({ entity, canManage }: DuplicateRulesPanelProps) {
  const rules = useDuplicateRules(entity);
  const { plural } = ENTITY_LABELS[entity];
  if (rules.isPending) return <Center mih={200}><Loader /></Center>;
  if (rules.isError) return <Alert color="red" variant="light" title="The rules could not load">{describeError(rules.error)}</Alert>;
  return (
    <Paper withBorder radius="md" p="lg" maw={860} component="section" aria-label={`Duplicate rules for ${plural}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} fz="md">When are two {plural} duplicates?</Title>
            <Text fz="sm" c="dimmed">Used by “Find duplicates”, the warning in the {ENTITY_LABELS[entity].singular} form and imports. Changes are audited.</Text>
          </div>
          <Badge variant={rules.data.custom ? 'light' : 'default'} tt="none">{rules.data.custom ? 'Customised' : 'Built-in defaults'}</Badge>
        </Group>
        {!canManage ? (
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>Only administrators who manage settings can change these rules.</Alert>
        ) : null}
        <DuplicateRulesForm entity={entity} rules={rules.data} readOnly={!canManage} />
      </Stack>
    </Paper>
  );
}
