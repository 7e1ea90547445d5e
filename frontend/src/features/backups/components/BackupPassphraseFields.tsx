import { Group, PasswordInput } from '@mantine/core';
import { PassphraseStrengthMeter } from '@/components/PassphraseStrengthMeter';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/passphraseRules';

type BackupPassphraseFieldsProps = {
  passphrase: string;
  confirm: string;
  errors: { passphrase?: string; confirm?: string };
  disabled?: boolean;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
};

/** The backup's passphrase, its strength hint and its confirmation. */
export function BackupPassphraseFields({ passphrase, confirm, errors, disabled, onPassphrase, onConfirm }: BackupPassphraseFieldsProps) {
  return (
    <Group grow align="flex-start">
      <div>
        <PasswordInput
          label="Backup passphrase"
          description={`At least ${MIN_PASSPHRASE_LENGTH} characters. Nobody can open the backup without it, FieldVault included.`}
          autoComplete="new-password"
          value={passphrase}
          disabled={disabled}
          error={errors.passphrase}
          onChange={(event) => onPassphrase(event.currentTarget.value)}
        />
        <PassphraseStrengthMeter value={passphrase} />
      </div>
      <PasswordInput
        label="Confirm the passphrase"
        description="Type it again."
        autoComplete="new-password"
        value={confirm}
        disabled={disabled}
        error={errors.confirm}
        onChange={(event) => onConfirm(event.currentTarget.value)}
      />
    </Group>
  );
}
