import { TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

type RoleNameValues = { name: string; description: string };

/** Name + description, shared by "New role" and "Rename". */
export function RoleNameFields<T extends RoleNameValues>({ form }: { form: UseFormReturnType<T> }) {
  return (
    <>
      <TextInput label="Name" required autoFocus placeholder="e.g. Regional Manager" {...form.getInputProps('name')} />
      <Textarea label="Description" autosize minRows={2} maxRows={4} placeholder="Who gets this role and why" {...form.getInputProps('description')} />
    </>
  );
}

export const roleNameValidate = {
  name: (value: string) => (value.trim() === '' ? 'Enter a name for the role.' : value.trim().length > 80 ? 'Use at most 80 characters.' : null),
};
