import { Alert, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconPlayerPlay } from '@tabler/icons-react';
import type { ImportTarget } from '../hooks/useImportableEntities';
import type { ImportSettings, MappingCheck } from '../types/importSettings';
import type { ImportFileInfo } from '../types/importTypes';
import type { Mapping } from '../types/mappingState';
import { mappedTypes, type MappingTarget } from '../types/mappingTargets';
import { ImportOptionsFields } from './ImportOptionsFields';
import { MappingTable } from './MappingTable';
import { MatchSettings } from './MatchSettings';

type MapColumnsStepProps = {
  target: ImportTarget;
  targets: readonly MappingTarget[];
  info: ImportFileInfo;
  mapping: Mapping;
  settings: ImportSettings;
  check: MappingCheck;
  onColumn: (column: number, field: string) => void;
  onSettings: (patch: Partial<ImportSettings>) => void;
  onBack: () => void;
  onDryRun: () => void;
};

/** Step 2: a field per column, how rows match existing records, and how values are read. */
export function MapColumnsStep({ target, targets, info, mapping, settings, check, onColumn, onSettings, onBack, onDryRun }: MapColumnsStepProps) {
  const problems = [...check.required, ...(check.empty ? ['Map at least one column to a field.'] : [])];
  return (
    <Stack gap="md" pt="md">
      <Text fz="sm" c="dimmed">
        Choose the field each column of <b>{info.name}</b> goes to. Fields suggested from the column names are marked; columns set to “Don’t import” are left out.
      </Text>
      {problems.length > 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Before the dry run" data-testid="mapping-required">
          <List size="sm" spacing={2}>
            {problems.map((p) => <List.Item key={p}>{p}</List.Item>)}
          </List>
        </Alert>
      ) : null}
      <MappingTable info={info} mapping={mapping} targets={targets} warnings={check.columns} onColumn={onColumn} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <MatchSettings entity={target.name} modes={target.modes} settings={settings} matchKeyProblem={check.matchKey} modeProblem={check.mode} onSettings={onSettings} />
        <ImportOptionsFields entity={target.name} types={mappedTypes(mapping, targets)} info={info} settings={settings} onSettings={onSettings} />
      </SimpleGrid>
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>Back</Button>
        <Button leftSection={<IconPlayerPlay size={16} />} disabled={check.blocking} onClick={onDryRun}>Dry run</Button>
      </Group>
    </Stack>
  );
}
