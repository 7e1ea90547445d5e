import { Button, Group, PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconWand } from '@tabler/icons-react';
import { generatePassword } from '@/lib/generatePassword';

type GeneratedPasswordInputProps = Omit<PasswordInputProps, 'onChange'> & { onChange: (value: string) => void };

/** A password field with "Generate": the generated value is shown so it can be passed on. */
export function GeneratedPasswordInput({ onChange, ...props }: GeneratedPasswordInputProps) {
  const [visible, { open, toggle }] = useDisclosure(false);
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <PasswordInput
        {...props}
        style={{ flex: 1 }}
        visible={visible}
        onVisibilityChange={toggle}
        autoComplete="new-password"
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <Button
        variant="default"
        leftSection={<IconWand size={16} />}
        mb={props.error ? 22 : 0}
        onClick={() => {
          onChange(generatePassword());
          open();
        }}
      >
        Generate
      </Button>
    </Group>
  );
}
