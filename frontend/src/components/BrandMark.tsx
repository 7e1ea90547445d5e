import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';

type BrandMarkProps = { size?: 'sm' | 'md' };

/** The FieldVault logo mark and word. */
export function BrandMark({ size = 'md' }: BrandMarkProps) {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={size === 'sm' ? 28 : 34} radius="md" variant="filled">
        <IconShieldLock size={size === 'sm' ? 17 : 20} stroke={1.8} />
      </ThemeIcon>
      <Text fw={700} fz={size === 'sm' ? 'md' : 'lg'} lts={-0.2}>
        FieldVault
      </Text>
    </Group>
  );
}
