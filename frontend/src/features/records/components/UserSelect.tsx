import { Select, type SelectProps } from '@mantine/core';
import { useUserOptions } from '../hooks/useLookup';

type UserSelectProps = Omit<SelectProps, 'data' | 'onChange'> & { onChange: (id: string) => void };

/** A picker of users (for assignee fields and owner changes). */
export function UserSelect({ onChange, ...props }: UserSelectProps) {
  const users = useUserOptions();
  return (
    <Select
      searchable
      clearable={!props.required}
      data={users.data ?? []}
      placeholder={users.isError ? 'You cannot list users' : undefined}
      onChange={(id) => onChange(id ?? '')}
      {...props}
    />
  );
}
