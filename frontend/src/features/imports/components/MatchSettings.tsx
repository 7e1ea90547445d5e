import { Paper, Radio, Select, Stack, Text, Title } from '@mantine/core';
import type { ImportSettings } from '../types/importSettings';
import type { ImportEntity, ImportMode, MatchKey } from '../types/importTypes';
import { MODE_OPTIONS, matchKeyOptions } from '../types/matchKeys';

type MatchSettingsProps = {
  entity: ImportEntity;
  modes: readonly ImportMode[];
  settings: ImportSettings;
  matchKeyProblem: string;
  modeProblem: string;
  onSettings: (patch: Partial<ImportSettings>) => void;
};

/** Mantine options cannot hold "": this stands for "no match key". */
const NONE = '__none__';

/** How rows find existing records (the match key) and what happens to them (the mode). */
export function MatchSettings({ entity, modes, settings, matchKeyProblem, modeProblem, onSettings }: MatchSettingsProps) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <div>
          <Title order={3} fz="sm">Existing records</Title>
          <Text fz="xs" c="dimmed">Rows are matched with the records you already have before anything is written.</Text>
        </div>
        <Select
          label="Match rows to records by"
          allowDeselect={false}
          data={matchKeyOptions(entity).map((o) => ({ value: o.value || NONE, label: o.label }))}
          value={settings.matchKey || NONE}
          onChange={(value) => onSettings({ matchKey: (value === NONE || !value ? '' : value) as MatchKey })}
          error={matchKeyProblem || undefined}
        />
        <Radio.Group label="Mode" value={settings.mode} onChange={(value) => onSettings({ mode: value as ImportMode })} error={modeProblem || undefined}>
          <Stack gap="xs" mt={6}>
            {MODE_OPTIONS.map((m) => (
              <Radio key={m.value} value={m.value} label={m.label} description={m.description} disabled={!modes.includes(m.value)} />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
    </Paper>
  );
}
