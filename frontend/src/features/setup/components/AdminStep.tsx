import { PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { PassphraseStrengthMeter } from '@/components/PassphraseStrengthMeter';
import { MAX_USERNAME_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/credentialRules';
import type { SetupValues } from '../schemas/setupSchema';

type AdminStepProps = { form: UseFormReturnType<SetupValues> };

/** The first administrator: the account that signs in right after setup and adds everyone else. */
export function AdminStep({ form }: AdminStepProps) {
  return (
    <Stack gap="sm">
      <Text fz="sm" c="dimmed">
        This is your own account. You sign in with it and add the rest of your team in Admin → Users.
      </Text>
      <TextInput
        label="User name"
        placeholder="e.g. ana.lopez"
        required
        autoFocus
        autoComplete="username"
        spellCheck={false}
        maxLength={MAX_USERNAME_LENGTH * 2}
        description="Letters, digits and . _ - @ — no spaces. Typed at every sign-in."
        {...form.getInputProps('adminUsername')}
      />
      <TextInput label="Full name" placeholder="e.g. Ana López" autoComplete="name" {...form.getInputProps('adminDisplayName')} />
      <div>
        <PasswordInput
          label="Password"
          required
          autoComplete="new-password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters. It also opens the workspace when it is locked.`}
          {...form.getInputProps('adminPassword')}
        />
        <PassphraseStrengthMeter value={form.values.adminPassword} />
      </div>
      <PasswordInput label="Confirm password" required autoComplete="new-password" {...form.getInputProps('adminConfirm')} />
    </Stack>
  );
}
