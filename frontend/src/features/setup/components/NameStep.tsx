import { Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { MAX_WORKSPACE_NAME_LENGTH, type SetupValues } from '../schemas/setupSchema';

type NameStepProps = { form: UseFormReturnType<SetupValues> };

export function NameStep({ form }: NameStepProps) {
  return (
    <Stack gap="md">
      <Text fz="sm" c="dimmed">
        A workspace is one encrypted file that holds your contacts, companies, deals and their history. Give it a
        name people will recognise, such as your team or company.
      </Text>
      <TextInput
        label="Workspace name"
        placeholder="e.g. Northwind Field Sales"
        required
        autoFocus
        maxLength={MAX_WORKSPACE_NAME_LENGTH * 2}
        description={`Shown in the title bar. Up to ${MAX_WORKSPACE_NAME_LENGTH} characters.`}
        {...form.getInputProps('name')}
      />
    </Stack>
  );
}
