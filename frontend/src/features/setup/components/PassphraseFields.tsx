import { PasswordInput, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { PassphraseStrengthMeter } from '@/components/PassphraseStrengthMeter';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/passphraseRules';
import type { SetupValues } from '../schemas/setupSchema';

type PassphraseFieldsProps = { form: UseFormReturnType<SetupValues>; label: string };

export function PassphraseFields({ form, label }: PassphraseFieldsProps) {
  return (
    <Stack gap="sm">
      <div>
        <PasswordInput
          label={label}
          required
          autoComplete="new-password"
          description={`At least ${MIN_PASSPHRASE_LENGTH} characters. It cannot be recovered if you forget it.`}
          {...form.getInputProps('passphrase')}
        />
        <PassphraseStrengthMeter value={form.values.passphrase} />
      </div>
      <PasswordInput label="Confirm passphrase" required autoComplete="new-password" {...form.getInputProps('confirm')} />
    </Stack>
  );
}
