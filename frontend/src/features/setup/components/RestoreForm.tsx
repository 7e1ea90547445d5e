import { Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { KeychainProbe } from '../api/setupApi';
import type { RestoreValues } from '../schemas/restoreSchema';
import { FileChooser } from './FileChooser';
import { RestoreOpenFields } from './RestoreOpenFields';
import { RestoreUnlockFields } from './RestoreUnlockFields';

export type ChosenFile = 'path' | 'identityPath';

type RestoreFormProps = {
  form: UseFormReturnType<RestoreValues>;
  disabled: boolean;
  choosing: ChosenFile | null;
  probe: KeychainProbe | undefined;
  onChoose: (file: ChosenFile) => void;
};

/** The three choices of a restore: the file, what opens it, what unlocks the workspace inside. */
export function RestoreForm({ form, disabled, choosing, probe, onChoose }: RestoreFormProps) {
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Text fw={600} fz="sm">
          1. The backup file
        </Text>
        <FileChooser
          label="Backup"
          description="A .age file made in Admin → Backups (or with fieldvault backup)."
          path={form.values.path}
          error={form.errors.path as string | undefined}
          buttonLabel="Choose backup…"
          disabled={disabled}
          loading={choosing === 'path'}
          onChoose={() => onChoose('path')}
        />
      </Stack>
      <RestoreOpenFields form={form} disabled={disabled} choosing={choosing === 'identityPath'} onChooseKeyFile={() => onChoose('identityPath')} />
      <RestoreUnlockFields form={form} disabled={disabled} probe={probe} />
    </Stack>
  );
}
